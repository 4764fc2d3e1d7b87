import { useCallback, useMemo } from 'react';
import { drawnSymptoms } from '@myomap/engine';
import { candidateName } from './candidate-key.ts';
import { candidateOverlay } from './candidate-overlay.ts';
import { clientWords, signWords } from './client-words.ts';
import { ClientSays } from './ClientSays.tsx';
import { ContextChips } from './ContextChips.tsx';
import { DescribePain } from './DescribePain.tsx';
import { EvidencePanel } from './EvidencePanel.tsx';
import { PaintedRegions } from './PaintedRegions.tsx';
import { PaintPanel } from './PaintPanel.tsx';
import { PrintMaps } from './PrintMaps.tsx';
import { ResultsPanel } from './ResultsPanel.tsx';
import { useClientScreen } from './useClientScreen.ts';
import { useFinderKit } from './useFinderKit.ts';
import { useFinderState } from './useFinderState.ts';
import { usePrinting } from './usePrinting.ts';
import './finder.css';
import './finder-print.css';

/** The source finder: paint or describe the pain, add evidence, read the ranked sources and why. */
export function FinderWorkbench(): React.JSX.Element {
  const kit = useFinderKit();
  const client = useClientScreen();
  const finder = useFinderState(kit, client.screen);
  const printing = usePrinting();
  const { drawing, selected, result, select } = finder;
  // The client's words as the screen read them (read once per text, not once per stroke): each sign
  // with its words, and what they ruled out.
  const { screenedText } = client;
  const read = useMemo(
    () => (screenedText.trim() === '' ? undefined : kit.readEvidence(screenedText)),
    [kit, screenedText],
  );
  const said = useMemo(() => {
    if (read === undefined) return undefined;
    const words = clientWords(read, screenedText, new Set(result.redFlags.map((f) => f.id)));
    return { words, byId: signWords(words), age: read.age };
  }, [read, screenedText, result.redFlags]);
  const hideOverlay = useCallback(() => select(undefined), [select]);

  const overlay = useMemo(() => {
    if (selected === undefined) return undefined;
    const ranked = result.ranked.find((c) => c.muscle.id === selected.muscle && c.side === selected.side);
    return candidateOverlay(kit, selected, drawing, ranked);
  }, [kit, selected, drawing, result]);
  // qualities that are also symptoms (tingling, numbness, burning) count as that symptom in the ranking
  const paintedSymptoms = useMemo(
    () => drawnSymptoms(finder.rankedDrawing.values()).sort().join(', '),
    [finder.rankedDrawing],
  );
  const overlayName =
    selected === undefined
      ? undefined
      : candidateName(kit.atlas.muscleById.get(selected.muscle)?.name ?? selected.muscle, selected.side);

  return (
    <div className="finder-layout">
      <div className="finder-left">
        <div className="card describe-card no-print">
          <DescribePain onRead={finder.read} onDescribe={finder.describe} />
          <ContextChips chips={finder.contextChips} />
        </div>
        <PaintPanel
          view={finder.view}
          drawing={drawing}
          brush={finder.brush}
          overlay={overlay}
          overlayName={overlayName}
          candidate={selected}
          onView={finder.setView}
          onDrawing={finder.setDrawing}
          onBrush={finder.setBrush}
          onHideOverlay={hideOverlay}
        />
        {printing && <PrintMaps drawing={drawing} />}
        <div className="card">
          <PaintedRegions drawing={drawing} onErase={finder.eraseRegion} onClear={finder.clearDrawing} />
        </div>
      </div>
      <div className="finder-right">
        <EvidencePanel
          kit={kit}
          evidence={finder.evidence}
          drawnSymptoms={paintedSymptoms}
          onAdd={finder.addChip}
          onRemove={finder.removeChip}
          onMovement={finder.updateMovement}
          onPalpate={finder.palpate}
        />
        <ClientSays
          ageText={client.ageText}
          ageError={client.ageError}
          onAgeText={client.setAgeText}
          text={client.text}
          onText={client.setText}
          words={said?.words}
          ageFromText={said?.age}
        />
        <ResultsPanel
          result={result}
          signWords={said?.byId}
          painted={finder.rankedDrawing.size > 0}
          selected={selected}
          palpation={finder.evidence.palpation}
          onSelect={finder.select}
          onPalpate={finder.palpate}
          includeExperimental={finder.includeExperimental}
          onIncludeExperimental={finder.setIncludeExperimental}
        />
      </div>
    </div>
  );
}
