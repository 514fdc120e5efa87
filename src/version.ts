import { readFileSync } from 'node:fs';

/** The version in package.json, for --version, SARIF and the cache key. */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
