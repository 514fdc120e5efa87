// The CommonJS dependencies, required on first use: an ESM `import` of CommonJS costs a parse for its named exports
// at every start, and most runs need none of them (no overrides, document sets, ignore patterns, schemas to
// compile or legacy encodings to write). Node caches what it has required once.
import { createRequire } from 'node:module';
import type { Ignore } from 'ignore';

const require = createRequire(import.meta.url);

/** A picomatch matcher (patterns relative to some folder, dot files included). */
export function globMatcher(patterns: string | string[]): (path: string) => boolean {
  const picomatch = require('picomatch') as typeof import('picomatch');
  return picomatch([patterns].flat(), { dot: true });
}

/** A .gitignore-style list. */
export function ignoreList(patterns: string | string[]): Ignore {
  const ignore = require('ignore') as typeof import('ignore');
  return ignore().add(patterns);
}

export function jsonc(): typeof import('jsonc-parser') {
  return require('jsonc-parser') as typeof import('jsonc-parser');
}

export function ajv(): typeof import('ajv') {
  return require('ajv') as typeof import('ajv');
}

/** iconv-lite, for writing GB18030, Big5 … back with --fix. */
export function iconv(): typeof import('iconv-lite') {
  return require('iconv-lite') as typeof import('iconv-lite');
}
