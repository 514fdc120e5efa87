// A digest of the code of local plugins (paths in the config's `plugins`), part of the cache key: editing a
// plugin's rule must not leave old results in the cache. The entry file and the local modules it imports
// (relative specifiers, followed to a bound) are read; installed packages are keyed by their version elsewhere.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const MAX_FILES = 200;
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const EXTENSIONS = ['', '.js', '.mjs', '.cjs', '.json', '/index.js', '/index.mjs'];

function resolveLocal(from: string, specifier: string): string | undefined {
  for (const ext of EXTENSIONS) {
    const candidate = resolve(dirname(from), specifier + ext);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** sha1 over the files of the given plugin entry points and their local imports. */
export function pluginDigest(entries: string[]): string {
  const hash = createHash('sha1');
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0 && seen.size < MAX_FILES) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    hash.update(file).update('\0').update(text).update('\0');
    for (const m of text.matchAll(RELATIVE_IMPORT)) {
      const target = resolveLocal(file, m[1]!);
      if (target) queue.push(target);
    }
  }
  return hash.digest('hex');
}
