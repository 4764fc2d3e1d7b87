import { defineConfig } from 'vitest/config';

// Three projects, so a quick run can pick one: `npm run test:unit` (pure, no database or browser),
// `npx vitest run --project int` (SQLite + PostgreSQL + HTTP), `npx vitest run --project e2e` (Chromium).
// `npm test` runs all three.
const shared = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    fileParallelism: true,
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/src/**/*.test.tsx',
            'bench/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.int.test.ts'],
        },
      },
      {
        test: { ...shared, name: 'int', include: ['packages/*/src/**/*.int.test.ts'] },
      },
      {
        // Browser steps (axe over a full body map, several page loads) need more than 30 s on a loaded machine.
        test: { ...shared, testTimeout: 90_000, name: 'e2e', include: ['e2e/**/*.test.ts'] },
      },
    ],
  },
});
