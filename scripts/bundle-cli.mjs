// Bundles the command (dist/cli.js and the modules it imports, as tsc wrote them) into dist/bin/: one file to
// load at start-up instead of ~90 small modules, which halves what Node's module loader costs a one-file run.
// Packages stay external (loaded from node_modules as usual); lazily imported parts (remark, HTML, Word, the
// language server, each report format) become chunks loaded only when a run needs them.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = `${root}dist/bin`;
rmSync(outDir, { recursive: true, force: true });
await build({
  input: { policylint: `${root}dist/cli.js` },
  platform: 'node',
  // Bare specifiers (packages, node: builtins) are left to Node.
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  logLevel: 'warn',
  output: { dir: outDir, format: 'esm', chunkFileNames: '[name]-[hash].js', sourcemap: false },
});
