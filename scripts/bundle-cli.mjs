// Bundles the command (dist/cli.js and the modules it imports, as tsc wrote them) and the pool's worker
// (dist/engine/worker.js) into dist/bin/: each thread loads a few files at start-up instead of ~90 small
// modules, which halves what Node's module loader costs a one-file run.
// Packages stay external (loaded from node_modules as usual); lazily imported parts (remark, HTML, Word, the
// language server, each report format) become chunks loaded only when a run needs them.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = `${root}dist/bin`;
rmSync(outDir, { recursive: true, force: true });
await build({
  // The pool's worker is bundled too: every thread loads it at start.
  input: { policylint: `${root}dist/cli.js`, worker: `${root}dist/engine/worker.js` },
  platform: 'node',
  // Bare specifiers (packages, node: builtins) are left to Node.
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  logLevel: 'warn',
  output: { dir: outDir, format: 'esm', chunkFileNames: '[name]-[hash].js', sourcemap: false },
});
