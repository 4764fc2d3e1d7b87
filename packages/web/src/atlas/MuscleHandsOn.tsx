import { CAUTIONS, type Muscle } from '@myomap/atlas';
import { FactRows, FactSection } from './FactSection.tsx';
import { PALPATION_METHOD_WORDS } from './fact-words.ts';
import { capitalize } from './region-words.ts';
import { LibraryLinks } from '../features/library/LibraryLinks.tsx';

/** Palpation, treatment, self-care and cautions: the hands-on part of a muscle page. */
export function MuscleHandsOn({ muscle }: { muscle: Muscle }): React.JSX.Element {
  const { palpation, treatment, selfCare } = muscle;
  return (
    <>
      <FactSection id="palpation" title="Palpation">
        <FactRows
          rows={[
            ['Client position', capitalize(palpation.position)],
            ['Technique', PALPATION_METHOD_WORDS[palpation.method]],
            ['Finding the band', capitalize(palpation.howToFind)],
          ]}
        />
        <LibraryLinks slugs={['palpation-flat-and-pincer', 'trigger-points-versus-tension']} />
      </FactSection>
      <FactSection id="treatment" title="Treatment">
        <FactRows
          rows={[
            ['Client position', capitalize(treatment.position)],
            ['Pressure', capitalize(treatment.pressure)],
            ['What the client should feel', capitalize(treatment.expect)],
          ]}
        />
        <LibraryLinks slugs={['sustained-pressure', 'orthopedic-assessment', 'evidence-and-limits']} />
      </FactSection>
      <FactSection id="self-care" title="Self-care">
        <FactRows
          rows={[
            ['Pressure', capitalize(selfCare.pressure)],
            ['Stretch', capitalize(selfCare.stretch)],
          ]}
        />
        <LibraryLinks slugs={['self-care', 'perpetuating-factors']} />
      </FactSection>
      <FactSection id="cautions" title="Cautions" className={muscle.cautions.length > 0 ? 'cautions' : ''}>
        {muscle.cautions.length === 0 ? (
          <p className="muted">No muscle-specific cautions recorded; the usual contraindications apply.</p>
        ) : (
          <ul className="caution-list">
            {muscle.cautions.map((c) => (
              <li key={c}>
                <span aria-hidden="true">⚠</span> {capitalize(CAUTIONS[c])}
              </li>
            ))}
          </ul>
        )}
      </FactSection>
    </>
  );
}
