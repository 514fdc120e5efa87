import { relative, sep } from 'node:path';

/** A path as shown to people: relative to the working folder, with forward slashes. */
export function displayPath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  return (rel.startsWith('..') || rel === '' ? filePath : rel).split(sep).join('/');
}
