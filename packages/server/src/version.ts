import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The Myomap release version (root package.json). */
export const MYOMAP_VERSION: string = pkg.version;
