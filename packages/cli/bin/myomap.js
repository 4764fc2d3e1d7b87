#!/usr/bin/env node
// The myomap command. Sources are TypeScript, loaded through tsx's ESM hooks (no build step for Node code).
import { register } from 'tsx/esm/api';

register();
// `myomap … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
