// ESLint: TypeScript rules plus the architecture. Imports flow atlas -> engine -> {server, web, cli};
// each boundary rule says why, so a failing lint explains the design.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pureBan = (pkg) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['node:*'],
          message: `${pkg} is pure: no Node APIs, so it runs the same in the browser, the server and the CLI.`,
        },
        {
          group: ['@myomap/server', '@myomap/web', '@myomap/cli'],
          message: `${pkg} sits below server, web and cli: imports flow atlas -> engine -> {server, web, cli}.`,
        },
        ...(pkg === 'atlas'
          ? [
              {
                group: ['@myomap/engine'],
                message: 'atlas is data only and sits below engine: imports flow atlas -> engine.',
              },
            ]
          : []),
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'fetch', message: `${pkg} does no I/O; the caller fetches and passes data in.` },
    { name: 'document', message: `${pkg} has no DOM; keep UI code in packages/web.` },
    { name: 'window', message: `${pkg} has no DOM; keep UI code in packages/web.` },
    { name: 'process', message: `${pkg} reads no environment; pass settings in.` },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: `${pkg} is deterministic: inject the clock.` },
    { object: 'Math', property: 'random', message: `${pkg} is deterministic: inject randomness.` },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: `${pkg} is deterministic: inject the clock.`,
    },
    {
      selector: 'TSEnumDeclaration',
      message: `${pkg} uses no enum (it emits runtime code and breaks erasable TypeScript): use an \`as const\` object and a derived type.`,
    },
  ],
});

// The package stack, for relative imports as well as package names: a file's layer is the package it
// sits in. Allowed: atlas <- engine <- {server, web, cli}; fixtures (tests only) may read atlas and engine.
const LAYERS = ['atlas', 'engine', 'server', 'web', 'cli', 'fixtures'];
const MAY_IMPORT = {
  atlas: [],
  engine: ['atlas'],
  server: ['atlas', 'engine'],
  web: ['atlas', 'engine'],
  cli: ['atlas', 'engine', 'server'],
  fixtures: ['atlas', 'engine'],
};
const WHY = {
  atlas: 'atlas is the bottom layer (data only): it imports no other package.',
  engine: 'engine is pure logic over the atlas: it imports atlas only, never server, web or cli.',
  server: 'server imports atlas and engine only: web and cli sit beside it, not below it.',
  web: 'web runs in the browser and talks to the server over HTTP: it imports atlas and engine only.',
  cli: 'cli imports atlas, engine and server (to serve) only, never web.',
  fixtures: 'fixtures (the test cast) import atlas and engine only.',
};
const stackBoundaries = {
  plugins: { boundaries },
  settings: {
    'boundaries/elements': LAYERS.map((type) => ({ type, pattern: `packages/${type}` })),
    'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        policies: LAYERS.flatMap((from) => {
          const banned = LAYERS.filter((t) => t !== from && !MAY_IMPORT[from].includes(t));
          const message = `${WHY[from]} (imports flow atlas -> engine -> {server, web, cli})`;
          // web may import the server's types (erased at build time), never its runtime
          const typesOk = from === 'web' ? ['server'] : [];
          return [
            {
              from: { element: { type: from } },
              disallow: { to: { element: { types: banned.filter((t) => !typesOk.includes(t)) } } },
              message,
            },
            ...(typesOk.length === 0
              ? []
              : [
                  {
                    from: { element: { type: from } },
                    disallow: { to: { element: { types: typesOk } }, dependency: { kind: 'value' } },
                    message,
                  },
                ]),
          ];
        }),
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'packages/atlas/src/geometry/generated/**',
      'e2e/screenshots/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use an `as const` object and a derived type instead of enum.',
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['packages/*/src/**/*.{ts,tsx}', 'packages/*/scripts/**/*.ts'], ...stackBoundaries },
  {
    files: ['packages/atlas/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-helper.ts'],
    rules: pureBan('atlas'),
  },
  {
    files: ['packages/engine/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-helper.ts'],
    rules: pureBan('engine'),
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'web runs in the browser: no Node APIs.' },
            {
              group: ['@myomap/server', '@myomap/cli'],
              allowTypeImports: true,
              message: 'web talks to the server over HTTP only (types are fine).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@myomap/web', '@myomap/cli'],
              message: 'server never imports web or cli: imports flow atlas -> engine -> {server, web, cli}.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@myomap/web', '@myomap/fixtures'],
              message:
                'cli imports atlas, engine and server (to serve) only: the web app reaches the cli as built files, never as code.',
            },
          ],
        },
      ],
    },
  },
);
