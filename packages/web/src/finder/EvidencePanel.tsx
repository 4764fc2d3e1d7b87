import { memo } from 'react';
import type { CandidateRef } from './candidate-key.ts';
import type { FinderKit } from './finder-kit.ts';
import { EvidenceChips } from './EvidenceChips.tsx';
import { EvidenceSearch } from './EvidenceSearch.tsx';
import {
  evidenceCount,
  hasEvidence,
  type Evidence,
  type EvidenceKind,
  type MovementFinding,
  type PalpationFinding,
} from './finder-state.ts';
import './evidence.css';

/** Evidence card: one search over the vocabularies, and the chosen chips grouped by kind. */
export const EvidencePanel = memo(function EvidencePanel({
  kit,
  evidence,
  drawnSymptoms,
  onAdd,
  onRemove,
  onMovement,
  onPalpate,
}: {
  kit: FinderKit;
  evidence: Evidence;
  /** Symptom qualities painted on the map, comma-separated ("" when none): they count as symptoms. */
  drawnSymptoms: string;
  onAdd: (kind: EvidenceKind, id: string) => void;
  onRemove: (kind: EvidenceKind, id: string) => void;
  onMovement: (next: MovementFinding) => void;
  onPalpate: (ref: CandidateRef, result: PalpationFinding['result'] | undefined) => void;
}): React.JSX.Element {
  const count = evidenceCount(evidence);
  return (
    <section className="card evidence-panel" aria-labelledby="evidence-title">
      <h2 id="evidence-title">Evidence {count > 0 && <span className="count">{count}</span>}</h2>
      <EvidenceSearch
        options={kit.evidence}
        read={kit.readEvidence}
        isChosen={(kind, id) => hasEvidence(evidence, kind, id)}
        onAdd={onAdd}
      />
      <EvidenceChips
        evidence={evidence}
        options={kit.evidence}
        muscleName={(id) => kit.atlas.muscleById.get(id)?.name ?? id}
        onRemove={onRemove}
        onMovement={onMovement}
        onRemovePalpation={(p) => onPalpate({ muscle: p.muscle, side: p.side }, undefined)}
        {...(drawnSymptoms === '' ? {} : { emptyText: 'No evidence added yet.' })}
      />
      {drawnSymptoms !== '' && (
        <p className="muted small" data-testid="drawn-symptoms">
          Painted as {drawnSymptoms} on the map: counted as{' '}
          {drawnSymptoms.includes(',') ? 'symptoms' : 'a symptom'} too.
        </p>
      )}
    </section>
  );
});
