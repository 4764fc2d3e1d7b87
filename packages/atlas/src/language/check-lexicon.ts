import { REGION_KINDS } from '../regions/region-kinds.ts';
import type { Lexicon } from './lexicon-schema.ts';

/**
 * Cross-checks a lexicon that zod already accepted: every region kind has facets and only known kinds do,
 * every part, relation and direction named anywhere exists. Returns the problems (empty when sound).
 */
export function checkLexicon(lex: Lexicon): string[] {
  const problems: string[] = [];
  const kinds = new Set(REGION_KINDS.map((k) => k.key));
  const { parts, regions, chains, defaultAxes, relationAxes } = lex.facets;
  const partKeys = new Set(Object.keys(parts));
  const relationKeys = new Set(lex.relations.map((r) => r.relation));
  const directionKeys = new Set(lex.directions.flatMap((d) => d.direction));
  for (const k of kinds) if (regions[k] === undefined) problems.push(`region kind ${k} has no facets`);
  for (const [k, f] of Object.entries(regions)) {
    if (!kinds.has(k)) problems.push(`facets for unknown region kind ${k}`);
    for (const p of f.parts) if (!partKeys.has(p)) problems.push(`${k}: unknown part ${p}`);
    for (const n of f.near ?? []) {
      const [rel = '', part = '', facet] = n.split(' ');
      if (!relationKeys.has(rel)) problems.push(`${k}: unknown relation ${rel}`);
      if (!partKeys.has(part)) problems.push(`${k}: unknown landmark part ${part}`);
      if (facet !== undefined && !lex.parts.some((e) => e.part === part && e.facets?.includes(facet)))
        problems.push(`${k}: no word gives the landmark ${part} the facet ${facet}`);
    }
  }
  for (const [p, info] of Object.entries(parts)) {
    for (const k of [...(info.default ?? []), ...(info.whole ?? [])])
      if (regions[k] === undefined) problems.push(`part ${p}: unknown region kind ${k}`);
    for (const w of info.within ?? [])
      if (!partKeys.has(w)) problems.push(`part ${p}: within unknown part ${w}`);
    for (const d of Object.keys(info.axes ?? {}))
      if (!directionKeys.has(d)) problems.push(`part ${p}: axis for unknown direction ${d}`);
    const members = Object.values(regions).filter((r) => r.parts.includes(p));
    if (members.length === 0 && (info.default ?? []).length === 0) problems.push(`part ${p} has no regions`);
  }
  for (const d of Object.keys(defaultAxes))
    if (!directionKeys.has(d)) problems.push(`defaultAxes: unknown direction ${d}`);
  for (const r of Object.keys(relationAxes))
    if (!relationKeys.has(r)) problems.push(`relationAxes: unknown relation ${r}`);
  for (const d of directionKeys)
    if (defaultAxes[d] === undefined && !Object.values(parts).some((p) => p.axes?.[d] !== undefined))
      problems.push(`direction ${d} has no axis on any part`);
  for (const [c, list] of Object.entries(chains))
    for (const p of list) if (!partKeys.has(p)) problems.push(`chain ${c}: unknown part ${p}`);
  for (const e of lex.parts)
    if (!partKeys.has(e.part)) problems.push(`word "${e.words[0]}": unknown part ${e.part}`);
  return problems;
}
