import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMuscles, MUSCLE_DATA_DIR } from '../../scripts/muscle-data.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A copy of the real data folder with one file changed. */
function withEdit(file: string, edit: (text: string) => string): string {
  dir = mkdtempSync(join(tmpdir(), 'myomap-muscles-'));
  cpSync(MUSCLE_DATA_DIR, dir, { recursive: true });
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
});
