import {
  ACTIVITIES,
  BODY_AREA_NAMES,
  CAUTIONS,
  MOVEMENTS,
  SYMPTOMS,
  WORKS,
  type Muscle,
  type TriggerPoint,
} from '@myomap/atlas';
import { regionKindByKey } from '@myomap/atlas/regions';

/** "temple", or "opposite temple" for a contra reference. */
function regionWords(ref: string): string {
  const contra = ref.startsWith('contra.');
  const key = contra ? ref.slice('contra.'.length) : ref;
  const name = regionKindByKey(key)?.name ?? key;
  return contra ? `opposite ${name}` : name;
}

function zoneLine(tp: TriggerPoint, zone: 'essential' | 'spillover'): string | undefined {
  const parts = tp.referral
    .filter((z) => z.zone === zone)
    .map((z) => `${regionWords(z.region)} (${z.culprit})`);
  return parts.length === 0 ? undefined : `${zone}: ${parts.join(', ')}`;
}

function list(label: string, items: readonly string[]): string {
  return `${label}: ${items.length === 0 ? 'none recorded' : items.join('; ')}`;
}

/** A muscle as readable text for the terminal, in the order a therapist reads it. */
export function muscleText(muscle: Muscle, relatedNames: ReadonlyMap<string, string>): string {
  const lines: string[] = [
    `${muscle.name}  (${muscle.id} · ${BODY_AREA_NAMES[muscle.area]} · ${muscle.paired ? 'paired' : 'midline'})`,
  ];
  if (muscle.aliases.length > 0) lines.push(`Also called: ${muscle.aliases.join(', ')}`);
  lines.push(
    `What it does: ${muscle.actions.join('; ')}`,
    '',
    'Trigger points (regions relative to the muscle side)',
  );
  for (const tp of muscle.triggerPoints) {
    lines.push(`  ${tp.label.padEnd(6)}${tp.location.description} [${regionWords(tp.location.region)}]`);
    for (const zone of ['essential', 'spillover'] as const) {
      const line = zoneLine(tp, zone);
      if (line !== undefined) lines.push(`        ${line}`);
    }
    lines.push(`        ${tp.laterality}${tp.note === undefined ? '' : ` · ${tp.note}`}`);
  }
  lines.push(
    '',
    list(
      'Symptoms',
      muscle.symptoms.map((k) => SYMPTOMS[k]),
    ),
    list(
      'Restricted movements',
      muscle.restricts.map((k) => MOVEMENTS[k]),
    ),
    list(
      'Perpetuated by',
      muscle.perpetuatedBy.map((k) => ACTIVITIES[k]),
    ),
    list('Nerve entrapments', muscle.entrapments),
    `Palpation: ${muscle.palpation.position}; ${muscle.palpation.method}; ${muscle.palpation.howToFind}`,
    `Treatment: ${muscle.treatment.position}; ${muscle.treatment.pressure}; client feels: ${muscle.treatment.expect}`,
    `Self-care: ${muscle.selfCare.pressure}; stretch: ${muscle.selfCare.stretch}`,
    list(
      'CAUTIONS',
      muscle.cautions.map((k) => CAUTIONS[k]),
    ),
    list(
      'Related',
      muscle.related.map((id) => relatedNames.get(id) ?? id),
    ),
  );
  const ids = muscle.identifiers;
  if (ids !== undefined)
    lines.push(
      `Identifiers: ${[ids.uberon, ids.fma].filter((x) => x !== undefined).join(', ') || 'none'} (${ids.tableName}; source: ${ids.source})`,
    );
  lines.push('Sources:');
  muscle.sources.forEach((s, i) => lines.push(`  ${i + 1}. ${WORKS[s.work].citation} — ${s.locator}`));
  return `${lines.join('\n')}\n`;
}
