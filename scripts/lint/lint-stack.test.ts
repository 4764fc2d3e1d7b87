// The architecture lint can fail: each forbidden import or construct below, linted as if it sat in the
// named file (ESLint's Node API on the repository's own eslint.config.js), must raise the named rule
// with a message that says why; the clean files must raise nothing.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The fixture files do not exist on disk, so type-aware rules are off; every rule under test is syntactic.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
});

async function lint(filePath: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => ({ ruleId: m.ruleId, message: m.message }));
}

interface Fixture {
  readonly name: string;
  readonly file: string;
  readonly code: string;
  readonly rule: string;
  readonly why: RegExp;
}

const FORBIDDEN: readonly Fixture[] = [
  {
    name: 'engine imports server by relative path',
    file: 'packages/engine/src/rank/fixture.ts',
    code: "import { buildApp } from '../../../server/src/app.ts';\nexport const x = buildApp;\n",
    rule: 'boundaries/dependencies',
    why: /engine is pure logic over the atlas/,
  },
  {
    name: 'engine imports server by package name',
    file: 'packages/engine/src/fixture.ts',
    code: "import { buildApp } from '@myomap/server';\nexport const x = buildApp;\n",
    rule: 'no-restricted-imports',
    why: /atlas -> engine -> \{server, web, cli\}/,
  },
  {
    name: 'atlas imports engine by relative path',
    file: 'packages/atlas/src/fixture.ts',
    code: "import { rankSources } from '../../engine/src/index.ts';\nexport const x = rankSources;\n",
    rule: 'boundaries/dependencies',
    why: /atlas is the bottom layer/,
  },
  {
    name: 'atlas imports engine by package name',
    file: 'packages/atlas/src/fixture.ts',
    code: "import { rankSources } from '@myomap/engine';\nexport const x = rankSources;\n",
    rule: 'no-restricted-imports',
    why: /atlas is data only/,
  },
  {
    name: 'web imports server runtime by relative path',
    file: 'packages/web/src/fixture.ts',
    code: "import { buildApp } from '../../server/src/app.ts';\nexport const x = buildApp;\n",
    rule: 'boundaries/dependencies',
    why: /talks to the server over HTTP/,
  },
  {
    name: 'web imports server runtime by package name',
    file: 'packages/web/src/fixture.ts',
    code: "import { startServer } from '@myomap/server';\nexport const x = startServer;\n",
    rule: 'no-restricted-imports',
    why: /over HTTP only/,
  },
  {
    name: 'cli imports web by relative path',
    file: 'packages/cli/src/fixture.ts',
    code: "import * as web from '../../web/src/App.tsx';\nexport const x = web;\n",
    rule: 'boundaries/dependencies',
    why: /cli imports atlas, engine and server/,
  },
  {
    name: 'cli imports web by package name',
    file: 'packages/cli/src/fixture.ts',
    code: "import * as web from '@myomap/web';\nexport const x = web;\n",
    rule: 'no-restricted-imports',
    why: /cli imports atlas, engine and server/,
  },
  {
    name: 'server imports cli by relative path',
    file: 'packages/server/src/fixture.ts',
    code: "import { main } from '../../cli/src/main.ts';\nexport const x = main;\n",
    rule: 'boundaries/dependencies',
    why: /server imports atlas and engine only/,
  },
  {
    name: 'engine imports a node: built-in',
    file: 'packages/engine/src/fixture.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    rule: 'no-restricted-imports',
    why: /no Node APIs/,
  },
  {
    name: 'atlas imports a node: built-in',
    file: 'packages/atlas/src/fixture.ts',
    code: "import { join } from 'node:path';\nexport const x = join;\n",
    rule: 'no-restricted-imports',
    why: /no Node APIs/,
  },
  {
    name: 'engine reads the clock with Date.now',
    file: 'packages/engine/src/fixture.ts',
    code: 'export const t = Date.now();\n',
    rule: 'no-restricted-properties',
    why: /inject the clock/,
  },
  {
    name: 'atlas reads the clock with new Date()',
    file: 'packages/atlas/src/fixture.ts',
    code: 'export const t = new Date();\n',
    rule: 'no-restricted-syntax',
    why: /inject the clock/,
  },
  {
    name: 'engine draws Math.random',
    file: 'packages/engine/src/fixture.ts',
    code: 'export const r = Math.random();\n',
    rule: 'no-restricted-properties',
    why: /inject randomness/,
  },
  {
    name: 'atlas declares an enum',
    file: 'packages/atlas/src/fixture.ts',
    code: 'export enum Side {\n  L,\n  R,\n}\n',
    rule: 'no-restricted-syntax',
    why: /no enum/,
  },
  {
    name: 'engine declares an enum',
    file: 'packages/engine/src/fixture.ts',
    code: 'export enum Tier {\n  A,\n  B,\n}\n',
    rule: 'no-restricted-syntax',
    why: /no enum/,
  },
];

const CLEAN: readonly { readonly name: string; readonly file: string; readonly code: string }[] = [
  {
    name: 'engine imports atlas by package and by relative path',
    file: 'packages/engine/src/fixture.ts',
    code: "import { loadAtlas } from '@myomap/atlas';\nimport { regionById } from '../../atlas/src/index.ts';\nexport const x = [loadAtlas, regionById];\n",
  },
  {
    name: 'web imports only the types of the server',
    file: 'packages/web/src/fixture.ts',
    code: "import type { buildApp } from '../../server/src/app.ts';\nexport type X = typeof buildApp;\n",
  },
  {
    name: 'server imports engine; cli imports server',
    file: 'packages/cli/src/fixture.ts',
    code: "import { startServer } from '../../server/src/index.ts';\nimport { rankSources } from '@myomap/engine';\nexport const x = [startServer, rankSources];\n",
  },
  {
    name: 'server reads the clock (only atlas and engine are deterministic)',
    file: 'packages/server/src/fixture.ts',
    code: 'export const t = Date.now();\n',
  },
];

describe('the architecture lint', () => {
  it.each(FORBIDDEN)('catches: $name', async ({ file, code, rule, why }) => {
    const messages = await lint(file, code);
    const hit = messages.find((m) => m.ruleId === rule);
    expect(hit, JSON.stringify(messages)).toBeDefined();
    expect(hit?.message).toMatch(why);
  });

  it.each(CLEAN)('lets pass: $name', async ({ file, code }) => {
    expect(await lint(file, code)).toEqual([]);
  });
});
