import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';
import type { ViewId } from '@myomap/atlas/regions';
import type { RankOptions, RankResult, ResolveResult } from '@myomap/engine';
import { paintRegion, type Drawing, type PainMark } from '../body-map/drawing.ts';
import type { CandidateRef } from './candidate-key.ts';
import { candidateOverlay } from './candidate-overlay.ts';
import { descriptionEvidence, type ContextChip } from './description-evidence.ts';
import type { FinderKit } from './finder-kit.ts';
import * as ev from './finder-state.ts';
import { bestView, firstView, viewFor } from './pattern-view.ts';
import { decodeFinderUrl, type FinderUrlState, type KnownIds } from './url-state.ts';
import { useStrokeTiming } from './useStrokeTiming.ts';
import { useUrlSync } from './useUrlSync.ts';

/** The finder's state, its ranking and every edit the page offers (edits are stable callbacks). */
export interface FinderController {
  readonly drawing: Drawing;
  readonly evidence: ev.Evidence;
  readonly brush: PainMark;
  readonly view: ViewId;
  readonly selected: CandidateRef | undefined;
  /** The ranking and the drawing it was computed for (one commit behind the map within the same task). */
  readonly result: RankResult;
  readonly rankedDrawing: Drawing;
  /** Whether experimental referral patterns (studies on volunteers) take part in the ranking. */
  readonly includeExperimental: boolean;
  readonly setIncludeExperimental: (on: boolean) => void;
  readonly setBrush: (brush: PainMark) => void;
  readonly setView: (view: ViewId) => void;
  readonly setDrawing: (next: Drawing) => void;
  readonly eraseRegion: (id: string) => void;
  readonly clearDrawing: () => void;
  /** Reads a description without painting: the chips the user checks before painting. */
  readonly read: (text: string) => ResolveResult;
  /**
   * Paints the regions a description names with the brush (or `chosen`, the regions the user kept or
   * corrected from the reading); returns what the resolver read.
   */
  readonly describe: (text: string, chosen?: readonly string[]) => ResolveResult;
  /** Findings the last description ruled out or gave to someone else ("no fever → ruled out"). */
  readonly contextChips: readonly ContextChip[];
  readonly addChip: (kind: ev.EvidenceKind, id: string) => void;
  readonly removeChip: (kind: ev.EvidenceKind, id: string) => void;
  readonly updateMovement: (next: ev.MovementFinding) => void;
  readonly palpate: (ref: CandidateRef, result: ev.PalpationFinding['result'] | undefined) => void;
  /** Shows a candidate's pattern (switching view when the current one shows none of it), or the plain drawing. */
  readonly select: (ref: CandidateRef | undefined) => void;
}

const NO_SCREEN: NonNullable<RankOptions['screen']> = {};

function knownIds(kit: FinderKit): KnownIds {
  const of = (kind: ev.EvidenceKind): Set<string> =>
    new Set(kit.evidence.filter((o) => o.kind === kind).map((o) => o.id));
  return {
    movements: of('movement'),
    activities: of('activity'),
    symptoms: of('symptom'),
    redFlags: of('redFlag'),
    muscles: new Set(kit.atlas.muscleById.keys()),
  };
}

function initialState(kit: FinderKit, search: string): FinderUrlState & { view: ViewId } {
  const decoded = decodeFinderUrl(search, knownIds(kit));
  return { ...decoded, view: decoded.view ?? bestView(decoded.drawing.keys(), firstView()) };
}

/**
 * Holds the finder's drawing, evidence, brush, view and selection, and ranks with the engine
 * (synchronously, in the browser) on every change; `screen` (the client's age and words) goes to the
 * red-flag screen only.
 */
export function useFinderState(
  kit: FinderKit,
  screen: NonNullable<RankOptions['screen']> = NO_SCREEN,
): FinderController {
  const location = useLocation();
  const [initial] = useState(() => initialState(kit, location.search));
  const [drawing, setDrawingState] = useState<Drawing>(initial.drawing);
  const [evidence, setEvidence] = useState<ev.Evidence>(initial.evidence);
  const [brush, setBrush] = useState<PainMark>({ intensity: 6, quality: 'aching' });
  const [view, setView] = useState<ViewId>(initial.view);
  const [selected, setSelected] = useState<CandidateRef | undefined>(initial.selected);
  const [includeExperimental, setIncludeExperimental] = useState(true);
  const [contextChips, setContextChips] = useState<readonly ContextChip[]>([]);

  // The map commits first; the ranking and list follow in a second, synchronous commit of the same task
  // (set from a layout effect), so both show in the same frame and the map's own commit is not held up.
  const input = useMemo(() => ({ drawing, evidence }), [drawing, evidence]);
  const [ranked, setRanked] = useState(input);
  useLayoutEffect(() => setRanked(input), [input]);
  const result = useMemo(
    () => kit.rank(ev.finderInput(ranked.drawing, ranked.evidence), { includeExperimental, screen }),
    [kit, ranked, includeExperimental, screen],
  );
  const strokeEnd = useStrokeTiming(result);
  const urlState = useMemo(
    () => ({ drawing, evidence, selected, view }),
    [drawing, evidence, selected, view],
  );
  useUrlSync(urlState);

  const setDrawing = useCallback(
    (next: Drawing) => {
      strokeEnd();
      setDrawingState(next);
    },
    [strokeEnd],
  );
  const editDrawing = useCallback(
    (edit: (d: Drawing) => Drawing) => {
      strokeEnd();
      setDrawingState(edit);
    },
    [strokeEnd],
  );
  const editEvidence = useCallback(
    (edit: (e: ev.Evidence) => ev.Evidence) => {
      strokeEnd();
      setEvidence(edit);
    },
    [strokeEnd],
  );

  const eraseRegion = useCallback(
    (id: string) => editDrawing((d) => paintRegion(d, id, { intensity: 0, quality: 'aching' })),
    [editDrawing],
  );
  const clearDrawing = useCallback(() => editDrawing(() => new Map()), [editDrawing]);
  const describe = useCallback(
    (text: string, chosen?: readonly string[]) => {
      const read = kit.resolve(text);
      const regions = chosen ?? read.regions;
      if (regions.length > 0) {
        editDrawing((d) => regions.reduce((acc, id) => paintRegion(acc, id, brush), d));
        setView((v) => bestView(regions, v));
      }
      // Red flags the description names as present join the evidence (so the stop notice shows);
      // the ones it rules out or gives to someone else are shown as chips and never counted.
      const said = descriptionEvidence(kit.readEvidence(text), text);
      if (said.redFlags.length > 0)
        editEvidence((e) => said.redFlags.reduce((acc, id) => ev.addEvidence(acc, 'redFlag', id), e));
      setContextChips(said.chips);
      return read;
    },
    [kit, brush, editDrawing, editEvidence],
  );
  const addChip = useCallback(
    (kind: ev.EvidenceKind, id: string) => editEvidence((e) => ev.addEvidence(e, kind, id)),
    [editEvidence],
  );
  const removeChip = useCallback(
    (kind: ev.EvidenceKind, id: string) => editEvidence((e) => ev.removeEvidence(e, kind, id)),
    [editEvidence],
  );
  const updateMovement = useCallback(
    (next: ev.MovementFinding) => editEvidence((e) => ev.updateMovement(e, next)),
    [editEvidence],
  );
  const palpate = useCallback(
    (ref: CandidateRef, res: ev.PalpationFinding['result'] | undefined) =>
      editEvidence((e) => ev.setPalpation(e, ref.muscle, ref.side, res)),
    [editEvidence],
  );
  const select = useCallback(
    (ref: CandidateRef | undefined) => {
      setSelected(ref);
      if (ref === undefined) return;
      const pattern = candidateOverlay(kit, ref, new Map()).patternRegions;
      setView((v) => viewFor(pattern, v));
    },
    [kit],
  );

  return {
    drawing,
    evidence,
    brush,
    view,
    selected,
    result,
    rankedDrawing: ranked.drawing,
    includeExperimental,
    setIncludeExperimental,
    setBrush,
    setView,
    setDrawing,
    eraseRegion,
    clearDrawing,
    read: kit.resolve,
    describe,
    contextChips,
    addChip,
    removeChip,
    updateMovement,
    palpate,
    select,
  };
}
