#!/usr/bin/env node
// The myomap command. Sources are TypeScript, loaded through tsx's ESM hooks (no build step for Node code).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
