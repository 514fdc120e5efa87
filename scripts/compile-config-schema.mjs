// Compiles schemas/policylintrc.schema.json into a standalone validator (no ajv at run time: faster start-up).
// Run by `npm run build`; the output goes to dist/config/, next to the module that loads it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = new URL('../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schemas/policylintrc.schema.json', root), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
const code = standaloneCode(ajv, ajv.compile(schema));
if (/\brequire\(/.test(code)) throw new Error('the standalone validator needs ajv at run time; keep the schema simpler');
mkdirSync(new URL('dist/config/', root), { recursive: true });
writeFileSync(new URL('dist/config/config-validator.js', root), `// Generated from schemas/policylintrc.schema.json by scripts/compile-config-schema.mjs\n${code}\n`);
