import { ACTIVITIES, MOVEMENTS, SYMPTOMS, type Muscle } from '@myomap/atlas';
import { FactSection, TermList } from './FactSection.tsx';

/** Symptoms, restricted movements, what perpetuates it and nerve entrapments. */
export function MuscleFindings({ muscle }: { muscle: Muscle }): React.JSX.Element {
  return (
    <>
      <FactSection id="symptoms" title="Symptoms besides pain">
        <TermList
          terms={muscle.symptoms.map((k) => SYMPTOMS[k])}
          empty="None recorded besides the pain pattern."
        />
      </FactSection>
      <FactSection id="movements" title="Restricted or painful movements">
        <TermList terms={muscle.restricts.map((k) => MOVEMENTS[k])} empty="None recorded." />
      </FactSection>
      <FactSection id="perpetuating" title="What perpetuates it">
        <TermList terms={muscle.perpetuatedBy.map((k) => ACTIVITIES[k])} empty="None recorded." />
      </FactSection>
      <FactSection id="entrapments" title="Nerve entrapments">
        {muscle.entrapments.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="plain-list">
            {muscle.entrapments.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </FactSection>
    </>
  );
}
