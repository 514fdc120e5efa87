// Tests that run the CLI or the worker pool use the built code (dist/). Under `npm test` it was just built;
// under a bare `npx vitest` it may be older than the source: build it first rather than test stale code.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';

const ROOT = path.resolve(import.meta.dirname, '../..');

export default function freshBuild(): void {
  const built = path.join(ROOT, 'dist/bin/policylint.js');
  const sources = fg.sync(['src/**/*.{ts,json}', 'schemas/**/*.json', '!src/**/*.test.ts', '!src/**/fixtures/**'], { cwd: ROOT, absolute: true });
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (existsSync(built) && statSync(built).mtimeMs >= newest) return;
  console.warn('dist/ is older than src/: building it before the tests');
  execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
}
