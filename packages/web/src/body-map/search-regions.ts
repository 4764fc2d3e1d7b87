import type { Region } from '@myomap/atlas/regions';

/** Regions whose name or a synonym contains every word of the query; name matches first. */
export function searchRegions(regions: readonly Region[], query: string): Region[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { region: Region; score: number }[] = [];
  for (const region of regions) {
    const name = region.name.toLowerCase();
    const all = `${name} ${region.synonyms.join(' ').toLowerCase()} ${region.id}`;
    if (!words.every((w) => all.includes(w))) continue;
    scored.push({ region, score: words.every((w) => name.includes(w)) ? 0 : 1 });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.region);
}
