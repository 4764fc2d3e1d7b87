import { useMemo, useState } from 'react';
import {
  CLASSIFICATIONS,
  classificationView,
  classifyFinding,
  type Classification,
  type PalpationFinding,
} from '@myomap/engine';
import { visitsApi, type VisitPage } from '../../api/visits.ts';
import { useFinderKit } from '../../finder/useFinderKit.ts';
import { saveMessage } from './session-errors.ts';

/** Plain words for each classification. */
export const CLASS_LABEL: Record<Classification, string> = {
  active: 'active trigger point',
  latent: 'latent trigger point',
  possible: 'possible trigger point',
  'general-tension': 'general tension',
  'not-trigger-point': 'not a trigger point',
};

const SIGNS = [
  ['tautBand', 'Taut band'],
  ['spotTenderness', 'Spot tenderness'],
  ['spotInsideBand', 'Spot inside the band'],
  ['referred', 'Referred sensation reproduced'],
  ['familiarPain', 'Familiar pain recognised'],
  ['localTwitch', 'Local twitch'],
  ['jumpSign', 'Jump sign'],
  ['painfulStretchLimit', 'Painful limit to stretch'],
  ['weakness', 'Weakness'],
] as const;
type Sign = (typeof SIGNS)[number][0];

/** Palpation per trigger point: the signs, the rule's classification live, and an override with a reason. */
export function PalpationForm({
  page,
  onSaved,
}: {
  page: VisitPage;
  onSaved: () => Promise<void>;
}): React.JSX.Element {
  const kit = useFinderKit();
  const drawing = page.visit.subjective.drawing;
  const options = useMemo(() => {
    const ranked = drawing.length === 0 ? [] : kit.rank({ drawing }).ranked;
    const muscles = ranked.length > 0 ? ranked.map((c) => ({ id: c.muscle.id, side: c.side })) : [];
    return muscles.flatMap(({ id, side }) => {
      const muscle = kit.atlas.muscleById.get(id);
      return (muscle?.triggerPoints ?? []).map((tp) => ({
        key: `${tp.id}|${side === 'l' ? 'l' : side === 'r' ? 'r' : 'm'}`,
        label: `${muscle?.name ?? id} ${tp.label} (${side === 'l' ? 'left' : side === 'r' ? 'right' : 'both'})`,
        muscle: id,
        triggerPoint: tp.id,
        side: (side === 'l' || side === 'r' ? side : 'm') as 'l' | 'r' | 'm',
      }));
    });
  }, [drawing, kit]);
  const [site, setSite] = useState(options[0]?.key ?? '');
  const [signs, setSigns] = useState<Record<Sign, boolean>>(
    Object.fromEntries(SIGNS.map(([k]) => [k, false])) as Record<Sign, boolean>,
  );
  const [confidence, setConfidence] = useState<1 | 2 | 3>(2);
  const [override, setOverride] = useState<Classification | ''>('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const chosen = options.find((o) => o.key === site) ?? options[0];
  const finding: PalpationFinding | undefined =
    chosen === undefined
      ? undefined
      : {
          muscle: chosen.muscle,
          triggerPoint: chosen.triggerPoint,
          side: chosen.side,
          tautBand: signs.tautBand,
          spotTenderness: signs.spotTenderness,
          spotInsideBand: signs.spotInsideBand,
          referred: { present: signs.referred, sensations: [], regions: [] },
          familiarPain: signs.familiarPain,
          localTwitch: signs.localTwitch,
          jumpSign: signs.jumpSign,
          painfulStretchLimit: signs.painfulStretchLimit,
          weakness: signs.weakness,
          confidence,
          note: '',
        };
  const computed = finding === undefined ? undefined : classifyFinding(finding);

  const save = async () => {
    if (finding === undefined) return;
    if (override !== '' && reason.trim().length < 3) {
      setMessage('Give a reason for the override.');
      return;
    }
    try {
      await visitsApi.addFinding(page.visit.id, {
        ...finding,
        override: override === '' ? null : { classification: override, reason: reason.trim() },
      });
      setSigns(Object.fromEntries(SIGNS.map(([k]) => [k, false])) as Record<Sign, boolean>);
      setOverride('');
      setReason('');
      await onSaved();
      setMessage('Finding saved.');
    } catch (e) {
      setMessage(saveMessage(e));
    }
  };

  return (
    <fieldset className="card palpation">
      <legend>Palpation</legend>
      {options.length === 0 ? (
        <p>Draw the pain first: the trigger points to palpate come from the finder’s candidates.</p>
      ) : (
        <>
          <label className="field">
            <span>Trigger point</span>
            <select value={chosen?.key} onChange={(e) => setSite(e.target.value)}>
              {options.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <div className="check-grid">
            {SIGNS.map(([k, label]) => (
              <label key={k} className="check">
                <input
                  type="checkbox"
                  checked={signs[k]}
                  onChange={(e) => setSigns({ ...signs, [k]: e.target.checked })}
                />{' '}
                {label}
              </label>
            ))}
          </div>
          <div className="button-row" role="group" aria-label="Examiner confidence">
            {([1, 2, 3] as const).map((c) => (
              <button
                key={c}
                type="button"
                aria-pressed={confidence === c}
                className={confidence === c ? 'on' : ''}
                onClick={() => setConfidence(c)}
              >
                Confidence {c}
              </button>
            ))}
          </div>
          {computed !== undefined && (
            <p className="classification" aria-live="polite">
              Rule {computed.ruleVersion}: <strong>{CLASS_LABEL[computed.classification]}</strong>{' '}
              <span className="muted">({computed.reasons.join('; ')})</span>
            </p>
          )}
          <div className="inline-fields">
            <label className="field">
              <span>Override (optional)</span>
              <select value={override} onChange={(e) => setOverride(e.target.value as Classification | '')}>
                <option value="">keep the rule’s classification</option>
                {CLASSIFICATIONS.map((c) => (
                  <option key={c} value={c}>
                    {CLASS_LABEL[c]}
                  </option>
                ))}
              </select>
            </label>
            {override !== '' && (
              <label className="field">
                <span>Reason for the override</span>
                <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
              </label>
            )}
          </div>
          {computed !== undefined && override !== '' && (
            <p className="muted">
              Kept side by side: rule says {CLASS_LABEL[computed.classification]}, you record{' '}
              {CLASS_LABEL[classificationView(computed, { classification: override, reason }).effective]}.
            </p>
          )}
          <button
            type="button"
            className="button primary big"
            disabled={page.note.status === 'signed'}
            onClick={() => void save()}
          >
            Save finding
          </button>
          {message !== undefined && <span role="status">{message}</span>}
        </>
      )}
    </fieldset>
  );
}
