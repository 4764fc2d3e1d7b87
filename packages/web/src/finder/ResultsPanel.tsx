import { memo, useId, useState } from 'react';
import type { RankResult } from '@myomap/engine';
import { candidateKey, type CandidateRef } from './candidate-key.ts';
import { CandidateCard } from './CandidateCard.tsx';
import { ExplainingSet } from './ExplainingSet.tsx';
import type { PalpationFinding } from './finder-state.ts';
import { ResultsTabs, type ResultsTab } from './ResultsTabs.tsx';
import { LibraryLinks } from '../features/library/LibraryLinks.tsx';
import { StopNotice } from './StopNotice.tsx';
import { UnexplainedNote } from './UnexplainedNote.tsx';
import './results.css';

/** The results column: stop notice, ranked sources or fewest muscles, and unexplained regions. */
export const ResultsPanel = memo(function ResultsPanel({
  result,
  signWords,
  painted,
  selected,
  palpation,
  onSelect,
  onPalpate,
  includeExperimental,
  onIncludeExperimental,
}: {
  result: RankResult;
  /** The client's words each red-flag sign was read from, by sign id. */
  signWords?: ReadonlyMap<string, string> | undefined;
  painted: boolean;
  selected: CandidateRef | undefined;
  palpation: readonly PalpationFinding[];
  onSelect: (ref: CandidateRef | undefined) => void;
  onPalpate: (ref: CandidateRef, result: PalpationFinding['result'] | undefined) => void;
  includeExperimental: boolean;
  onIncludeExperimental: (on: boolean) => void;
}): React.JSX.Element {
  const idBase = useId();
  const [tab, setTab] = useState<ResultsTab>('ranked');
  const selectedKey = selected === undefined ? undefined : candidateKey(selected);
  const toggle = (ref: CandidateRef): void => onSelect(candidateKey(ref) === selectedKey ? undefined : ref);
  const stopped = result.stop !== undefined;

  return (
    <section className="results card" aria-labelledby={`${idBase}-title`}>
      <h2 id={`${idBase}-title`} className="results-title">
        Likely sources
      </h2>
      {result.stop !== undefined && (
        <StopNotice notice={result.stop} flags={result.redFlags} words={signWords} />
      )}
      {!painted ? (
        <>
          <p className="muted empty-results">
            Paint where it hurts, or describe it, to rank the muscles that refer there.
          </p>
          <LibraryLinks slugs={['why-referral-patterns-matter', 'orthopedic-assessment']} />
        </>
      ) : (
        <div className={stopped ? 'results-body stopped' : 'results-body'}>
          {stopped && <p className="stopped-note small">For reference only until the red flag is cleared.</p>}
          <UnexplainedNote regions={result.unexplainedRegions} />
          <ResultsTabs tab={tab} idBase={idBase} onChange={setTab} />
          <label className="experimental-switch small no-print">
            <input
              type="checkbox"
              checked={includeExperimental}
              onChange={(e) => onIncludeExperimental(e.target.checked)}
            />{' '}
            Include experimental patterns (mapped by injection or stimulation in volunteers; weighed less)
          </label>
          <div
            id={`${idBase}-panel-ranked`}
            role="tabpanel"
            aria-labelledby={`${idBase}-tab-ranked`}
            hidden={tab !== 'ranked'}
            className="tab-panel panel-ranked"
          >
            <h3 className="print-only">Ranked sources</h3>
            {result.ranked.length === 0 ? (
              <p className="muted">No muscle in the atlas refers to the painted regions.</p>
            ) : (
              <ol className="candidate-list" aria-label="Ranked sources">
                {result.ranked.map((c, i) => {
                  const ref: CandidateRef = { muscle: c.muscle.id, side: c.side };
                  const key = candidateKey(ref);
                  return (
                    <li key={key}>
                      <CandidateCard
                        candidate={c}
                        rank={i + 1}
                        selected={key === selectedKey}
                        palpation={
                          palpation.find((p) => p.muscle === ref.muscle && p.side === ref.side)?.result
                        }
                        onSelect={() => toggle(ref)}
                        onPalpate={(r) => onPalpate(ref, r)}
                      />
                    </li>
                  );
                })}
              </ol>
            )}
          </div>
          <div
            id={`${idBase}-panel-set`}
            role="tabpanel"
            aria-labelledby={`${idBase}-tab-set`}
            hidden={tab !== 'set'}
            className="tab-panel panel-set"
          >
            <h3 className="print-only">Fewest muscles that explain the drawing</h3>
            <ExplainingSet entries={result.explainingSet} selected={selectedKey} onSelect={toggle} />
          </div>
        </div>
      )}
    </section>
  );
});
