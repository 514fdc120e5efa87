// The shared corpora beside the repository (../shared): tests on them skip on a machine without them, but in
// CI (CI set) a missing corpus fails the run instead of silently skipping the tests that matter most.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cli.js';

export const SHARED = path.resolve(ROOT, '../shared');

export function sharedPresent(sub: string): boolean {
  const dir = path.join(SHARED, sub);
  if (existsSync(dir)) return true;
  if (process.env.CI) throw new Error(`${dir} is missing: CI runs with ../shared beside the repository`);
  console.warn(`${dir} not found; skipping the tests on it`);
  return false;
}
