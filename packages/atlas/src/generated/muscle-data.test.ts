import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMuscles, CULPRIT_DATA_DIR, MUSCLE_DATA_DIR } from '../../scripts/muscle-data.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A copy of the real data folder (muscles by default, or the culprit files) with one file changed. */
function withEdit(file: string, edit: (text: string) => string, from = MUSCLE_DATA_DIR): string {
  dir = mkdtempSync(join(tmpdir(), 'myomap-muscles-'));
  cpSync(from, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

describe('building the muscles from their data files', () => {
  it('fills area defaults the muscle file leaves out, and the area from the folder', () => {
    const hand = buildMuscles().find((m) => m.id === 'abductor-pollicis-brevis');
    expect(hand?.area).toBe('hand');
    expect(hand?.paired).toBe(true);
    expect(hand?.entrapments).toEqual([]);
    expect(hand?.triggerPoints[0]?.laterality).toBe('ipsilateral');
    expect(hand?.cautions).toEqual(['median-nerve']);
  });

  it('names the file and field of a misspelt nested field instead of dropping it', () => {
    const root = withEdit('hand/abductor-pollicis-brevis.yaml', (t) =>
      t.replace('  howToFind:', '  howToFnd:'),
    );
    expect(() => buildMuscles(root)).toThrow(/abductor-pollicis-brevis\.yaml[\s\S]*howTo/);
  });

  it('names a bad vocabulary value with its path', () => {
    const root = withEdit('hand/abductor-pollicis-brevis.yaml', (t) =>
      t.replace('zone: essential', 'zone: esential'),
    );
    expect(() => buildMuscles(root)).toThrow(/triggerPoints\.0\.referral\.0\.zone/);
  });

  it('refuses a muscle file the area does not list, and an id that is not the file name', () => {
    const unlisted = withEdit('hand/_area.yaml', (t) => t.replace('  - lumbricals-hand\n', ''));
    expect(() => buildMuscles(unlisted)).toThrow(/not listed: lumbricals-hand/);
    rmSync(unlisted, { recursive: true });
    const renamed = withEdit('hand/lumbricals-hand.yaml', (t) =>
      t.replace('id: lumbricals-hand', 'id: lumbricals'),
    );
    expect(() => buildMuscles(renamed)).toThrow(/must match the file name/);
  });

  it('applies the sourced culprit rating of data/culprits to every referral entry of the region', () => {
    const lowerCalfOf = (muscles: ReturnType<typeof buildMuscles>): string | undefined =>
      muscles
        .find((m) => m.id === 'gluteus-minimus-posterior')
        ?.triggerPoints.flatMap((t) => t.referral)
        .find((r) => r.region === 'lower-calf')?.culprit;
    expect(lowerCalfOf(buildMuscles())).toBe('primary');
    const demoted = withEdit(
      'leg.yaml',
      (t) =>
        t.replace(
          /( {2}lower-calf:\n {4}- muscle: gluteus-minimus-posterior\n {6}rating: )primary(\n {6}sources:\n {8}- \{ basis: muscle-chapter, supports: )primary/,
          '$1occasional$2occasional',
        ),
      CULPRIT_DATA_DIR,
    );
    expect(lowerCalfOf(buildMuscles(MUSCLE_DATA_DIR, demoted))).toBe('occasional');
  });

  it('refuses a rating its sources do not give under the disagreement rule', () => {
    const contradicted = withEdit(
      'ankle-foot.yaml',
      (t) =>
        t.replace(/( {2}anterior-ankle:\n {4}- muscle: tibialis-anterior\n {6}rating: )primary/, '$1common'),
      CULPRIT_DATA_DIR,
    );
    expect(() => buildMuscles(MUSCLE_DATA_DIR, contradicted)).toThrow(
      /regions\.anterior-ankle: tibialis-anterior is rated common but its sources give primary/,
    );
  });

  it('refuses a referral without a sourced rating, a rating for a muscle that does not refer there, and a region filed in the wrong group', () => {
    const missing = withEdit(
      'ankle-foot.yaml',
      (t) => t.replace(/(posterior-heel:\n) {4}- muscle: soleus\n(?: {6}.*\n)+?(?= {4}- | {2}[a-z])/, '$1'),
      CULPRIT_DATA_DIR,
    );
    expect(() => buildMuscles(MUSCLE_DATA_DIR, missing)).toThrow(
      /soleus\.yaml: referral to posterior-heel has no culprit rating/,
    );
    rmSync(missing, { recursive: true });
    const orphan = withEdit(
      'ankle-foot.yaml',
      (t) =>
        t.replace(
          '  anterior-ankle:\n',
          '  anterior-ankle:\n    - muscle: soleus\n      rating: occasional\n      sources:\n        - { basis: study, supports: occasional, work: simons-1999, locator: "ch. 1" }\n',
        ),
      CULPRIT_DATA_DIR,
    );
    expect(() => buildMuscles(MUSCLE_DATA_DIR, orphan)).toThrow(
      /regions\.anterior-ankle: soleus does not refer to anterior-ankle/,
    );
    rmSync(orphan, { recursive: true });
    const misfiled = withEdit(
      'ankle-foot.yaml',
      (t) =>
        t.replace(
          'regions:\n',
          'regions:\n  temple:\n    - muscle: temporalis\n      rating: primary\n      sources:\n        - { basis: muscle-chapter, supports: primary, work: simons-1999, locator: "ch. 9" }\n',
        ),
      CULPRIT_DATA_DIR,
    );
    expect(() => buildMuscles(MUSCLE_DATA_DIR, misfiled)).toThrow(/regions\.temple: belongs in face\.yaml/);
  });
});
