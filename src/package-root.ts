// Files that ship with the package (package.json, schemas, rule docs, the precompiled config validator, the
// pool's worker) are found from the package root, not from this module's own place: the same code then runs from
// src/ (tests), dist/ (the API) and the one-file CLI bundle in dist/bin/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function nearestPackageDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`policylint: no package.json above ${from}`);
  }
}

export const PACKAGE_ROOT = nearestPackageDir(dirname(fileURLToPath(import.meta.url)));

/** A path inside the package, e.g. `packagePath('schemas', 'policylintrc.schema.json')`. */
export const packagePath = (...parts: string[]): string => join(PACKAGE_ROOT, ...parts);
