// Reads the sourced culprit ratings (data/culprits/<region group>.yaml) into a lookup the muscle build
// applies to every referral entry: the single source of each muscle's culprit rating per region.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type z } from 'zod';
import { AREAS } from '../src/regions/areas.ts';
import { REGION_KINDS } from '../src/regions/region-kinds.ts';
import { CulpritFileSchema, type CulpritRating } from '../src/schema/culprit-schema.ts';
import { regionHasGuidePrimary, ruleRating } from '../src/sources/culprit-rule.ts';
import type { Culprit } from '../src/schema/muscle-schema.ts';

/** The ratings by region kind and muscle, and a check that every rating was used. */
export interface CulpritTable {
  /** The rating of `muscleId` for a referral region ("temple" or "contra.temple"); throws when missing. */
  ratingOf(file: string, muscleId: string, regionRef: string): Culprit;
  /** Throws when a rating names a muscle that does not refer to its region. */
  assertAllUsed(): void;
  /** Every rating, by region kind. */
  readonly byRegion: ReadonlyMap<string, readonly CulpritRating[]>;
}

/** The region group each region kind belongs to (through its parent area). */
export function regionGroupOf(kind: string): string | undefined {
  const parent = REGION_KINDS.find((k) => k.key === kind)?.parent;
  return AREAS.find((a) => a.key === parent)?.group;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 8)
    .map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('\n');
}

/** Reads and validates every culprit file of `dir`; errors name the file and the region. */
export function readCulprits(
  dir: string,
  fail: (message: string) => Error,
  readYaml: (file: string) => unknown,
): CulpritTable {
  const byRegion = new Map<string, CulpritRating[]>();
  const fileOf = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const path = join(dir, name);
    const parsed = CulpritFileSchema.safeParse(readYaml(path));
    if (!parsed.success) throw fail(`${path}:\n${describeIssues(parsed.error)}`);
    const group = name.slice(0, -'.yaml'.length);
    for (const [kind, ratings] of Object.entries(parsed.data.regions)) {
      const actual = regionGroupOf(kind);
      if (actual === undefined) throw fail(`${path}: regions.${kind}: unknown region kind`);
      if (actual !== group) throw fail(`${path}: regions.${kind}: belongs in ${actual}.yaml`);
      const twice = ratings.map((r) => r.muscle).filter((m, i, all) => all.indexOf(m) !== i);
      if (twice.length > 0) throw fail(`${path}: regions.${kind}: ${twice.join(', ')} rated twice`);
      const guided = regionHasGuidePrimary(ratings);
      for (const r of ratings) {
        const expected = ruleRating(r, guided);
        if (r.rating !== expected)
          throw fail(
            `${path}: regions.${kind}: ${r.muscle} is rated ${r.rating} but its sources give ${expected} ` +
              `(the rule in docs/ranking.md)`,
          );
      }
      byRegion.set(kind, ratings);
      fileOf.set(kind, path);
    }
  }
  const used = new Set<string>();
  return {
    byRegion,
    ratingOf(file, muscleId, regionRef) {
      const kind = regionRef.replace(/^contra\./, '');
      const rating = byRegion.get(kind)?.find((r) => r.muscle === muscleId);
      if (rating === undefined)
        throw fail(
          `${file}: referral to ${regionRef} has no culprit rating: add ${muscleId} under regions.${kind} ` +
            `of data/culprits/${regionGroupOf(kind) ?? '<group>'}.yaml`,
        );
      used.add(`${kind}|${muscleId}`);
      return rating.rating;
    },
    assertAllUsed() {
      for (const [kind, ratings] of byRegion)
        for (const r of ratings)
          if (!used.has(`${kind}|${r.muscle}`))
            throw fail(`${fileOf.get(kind) ?? kind}: regions.${kind}: ${r.muscle} does not refer to ${kind}`);
    },
  };
}
