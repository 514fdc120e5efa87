import { readFileSync } from 'node:fs';
import { packagePath } from './package-root.js';

/** The version in package.json, for --version, SARIF and the cache key. */
export const VERSION: string = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')).version;
