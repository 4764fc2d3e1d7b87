import { regionKindByKey } from '../regions/regions.ts';
import { REGION_KINDS } from '../regions/region-kinds.ts';
import { SYMPTOMS } from '../vocabulary/symptoms.ts';
import { RED_FLAGS } from '../vocabulary/red-flags.ts';
import { ACTIVITIES } from '../vocabulary/activities.ts';
import { MOVEMENTS } from '../vocabulary/movements.ts';
import type { ContextData, EvidenceWordsData, RulesData, SignsData } from './screening-schema.ts';

/**
 * Cross-checks the screening data zod already accepted: every red flag has a sign and only known ones
 * do, every source key, rule flag, symptom, site and region named exists. Returns the problems.
 */
export function checkScreening(
  context: ContextData,
  signs: SignsData,
  rules: RulesData,
  evidenceWords?: EvidenceWordsData,
): string[] {
  const problems: string[] = [];
  const flagIds = new Set(Object.keys(RED_FLAGS));
  const parents = new Set(REGION_KINDS.map((k) => k.parent));
  for (const g of context.groups)
    if (context.sources[g.source] === undefined) problems.push(`context: unknown source ${g.source}`);
  for (const id of flagIds) if (signs.signs[id] === undefined) problems.push(`red flag ${id} has no sign`);
  for (const [id, s] of Object.entries(signs.signs)) {
    if (!flagIds.has(id)) problems.push(`sign ${id} is not a red flag id`);
    if (signs.sources[s.source] === undefined) problems.push(`sign ${id}: unknown source ${s.source}`);
    for (const k of s.laySources ?? [])
      if (signs.sources[k] === undefined) problems.push(`sign ${id}: unknown lay source ${k}`);
    for (const c of s.onlyWith?.signs ?? [])
      if (!flagIds.has(c) || c === id) problems.push(`sign ${id}: onlyWith names ${c}, not another red flag`);
  }
  const sites = new Set(Object.keys(rules.sites));
  for (const [id, site] of Object.entries(rules.sites)) {
    for (const p of site.parents) if (!parents.has(p)) problems.push(`site ${id}: unknown parent ${p}`);
    for (const k of site.keys)
      if (regionKindByKey(k) === undefined) problems.push(`site ${id}: unknown key ${k}`);
  }
  for (const [id, sign] of Object.entries(signs.signs))
    if (sign.site !== undefined && !sites.has(sign.site))
      problems.push(`sign ${id}: unknown site ${sign.site}`);
  for (const s of rules.symptomFlags.sites)
    if (!sites.has(s)) problems.push(`symptomFlags: unknown site ${s}`);
  for (const [sym, flag] of Object.entries(rules.symptomFlags.map)) {
    if (!(sym in SYMPTOMS)) problems.push(`symptomFlags: unknown symptom ${sym}`);
    if (!flagIds.has(flag)) problems.push(`symptomFlags: unknown flag ${flag}`);
  }
  for (const r of rules.rules) {
    if (signs.sources[r.source] === undefined) problems.push(`rule ${r.id}: unknown source ${r.source}`);
    for (const f of [...(r.when.allFlags ?? []), ...(r.when.anyFlag ?? [])])
      if (!flagIds.has(f)) problems.push(`rule ${r.id}: unknown flag ${f}`);
    for (const s of r.when.anySite ?? []) if (!sites.has(s)) problems.push(`rule ${r.id}: unknown site ${s}`);
    for (const s of r.when.anySymptom ?? [])
      if (!(s in SYMPTOMS)) problems.push(`rule ${r.id}: unknown symptom ${s}`);
  }
  if (evidenceWords !== undefined) {
    if (signs.sources[evidenceWords.source] === undefined)
      problems.push(`evidence words: unknown source ${evidenceWords.source}`);
    for (const id of Object.keys(evidenceWords.words))
      if (!(id in MOVEMENTS) && !(id in ACTIVITIES) && !(id in SYMPTOMS))
        problems.push(`evidence words: ${id} is not a movement, activity or symptom`);
    for (const id of evidenceWords.historyCounts)
      if (!(id in ACTIVITIES) && !(id in SYMPTOMS))
        problems.push(`evidence words: historyCounts ${id} is not an activity or symptom`);
    for (const id of Object.keys(evidenceWords.unless))
      if (!(id in MOVEMENTS) && !(id in ACTIVITIES) && !(id in SYMPTOMS))
        problems.push(`evidence words: unless ${id} is not a movement, activity or symptom`);
  }
  return problems;
}
