import { candidateName } from './candidate-key.ts';
import type { EvidenceOption } from './finder-kit.ts';
import {
  EVIDENCE_KIND_LABEL,
  evidenceCount,
  type Evidence,
  type EvidenceKind,
  type MovementFinding,
  type PalpationFinding,
} from './finder-state.ts';
import { MovementChip } from './MovementChip.tsx';

function Chip({
  label,
  onRemove,
  id,
}: {
  label: string;
  onRemove: () => void;
  id: string;
}): React.JSX.Element {
  return (
    <li className="evidence-chip" data-chip={id}>
      <span className="chip-label">{label}</span>
      <button
        type="button"
        className="chip-remove no-print"
        onClick={onRemove}
        aria-label={`Remove ${label}`}
      >
        ×
      </button>
    </li>
  );
}

/** The chosen evidence, grouped by kind; every chip removable, movement chips with side and finding. */
export function EvidenceChips({
  evidence,
  options,
  muscleName,
  onRemove,
  onMovement,
  onRemovePalpation,
  emptyText = 'No evidence yet: the ranking uses the drawing alone.',
}: {
  evidence: Evidence;
  options: readonly EvidenceOption[];
  muscleName: (id: string) => string;
  onRemove: (kind: EvidenceKind, id: string) => void;
  onMovement: (next: MovementFinding) => void;
  onRemovePalpation: (p: PalpationFinding) => void;
  /** What to say when nothing is chosen. */
  emptyText?: string;
}): React.JSX.Element {
  if (evidenceCount(evidence) === 0) return <p className="muted small">{emptyText}</p>;
  const label = (kind: EvidenceKind, id: string): string =>
    options.find((o) => o.kind === kind && o.id === id)?.label ?? id;
  const groups: [EvidenceKind, readonly string[]][] = [
    ['activity', evidence.activities],
    ['symptom', evidence.symptoms],
    ['redFlag', evidence.redFlags],
  ];
  return (
    <div className="evidence-groups">
      {evidence.movements.length > 0 && (
        <div className="evidence-group">
          <h3>{EVIDENCE_KIND_LABEL.movement}</h3>
          <ul className="chip-list">
            {evidence.movements.map((m) => (
              <MovementChip
                key={m.id}
                finding={m}
                label={label('movement', m.id)}
                onChange={onMovement}
                onRemove={() => onRemove('movement', m.id)}
              />
            ))}
          </ul>
        </div>
      )}
      {groups.map(([kind, ids]) =>
        ids.length === 0 ? null : (
          <div key={kind} className={`evidence-group group-${kind}`}>
            <h3>{EVIDENCE_KIND_LABEL[kind]}</h3>
            <ul className="chip-list">
              {ids.map((id) => (
                <Chip key={id} id={id} label={label(kind, id)} onRemove={() => onRemove(kind, id)} />
              ))}
            </ul>
          </div>
        ),
      )}
      {evidence.palpation.length > 0 && (
        <div className="evidence-group">
          <h3>Palpation</h3>
          <ul className="chip-list">
            {evidence.palpation.map((p) => (
              <Chip
                key={`${p.muscle}|${p.side}`}
                id={`${p.muscle}|${p.side}`}
                label={`${candidateName(muscleName(p.muscle), p.side)}: ${p.result === 'confirmed' ? 'confirmed' : 'palpated and clear'}`}
                onRemove={() => onRemovePalpation(p)}
              />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
