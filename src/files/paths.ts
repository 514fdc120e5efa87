import { relative, sep } from 'node:path';

/** `file` relative to `base`, with forward slashes: what globs and ignore patterns match against. */
export function relativePosix(base: string, file: string): string {
  return relative(base, file).split(sep).join('/');
}

/** A path as shown to people: relative to the working folder when inside it, with forward slashes. */
export function displayPath(filePath: string, cwd: string): string {
  const rel = relativePosix(cwd, filePath);
  return rel.startsWith('..') || rel === '' ? filePath.split(sep).join('/') : rel;
}
