// The floors a linter is measured against, as whole processes: `read DIR` reads every file;
// `parse DIR` also parses each Markdown file with unified + remark-parse (the parser policylint uses).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [mode, dir] = process.argv.slice(2);
const files = [];
(function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
})(dir);

let parse = () => {};
if (mode === 'parse') {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const processor = unified().use(remarkParse);
  parse = (text) => processor.parse(text);
}
let nodes = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  if (f.endsWith('.md')) nodes += parse(text)?.children.length ?? 0;
}
console.log(`${files.length} files, ${nodes} top-level nodes`);
