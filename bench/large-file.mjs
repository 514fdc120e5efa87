// Benchmark: lints generated large documents with every built-in rule and prints time, throughput and peak
// memory. Files go to .bench/ (git-ignored). Run: npm run bench:large [-- sizeMB ...] (default 5 10 100).
// Needs a build (dist/); the figures are recorded in the README section "Limits and encodings".
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, '.bench');
mkdirSync(benchDir, { recursive: true });

/** The seed documents, one paragraph a line, repeated up to `bytes`; `singleLine` joins them with no break. */
function generate(bytes, singleLine) {
  const name = join(benchDir, `large-${Math.round(bytes / 2 ** 20)}mb${singleLine ? '-one-line' : ''}.txt`);
  if (existsSync(name) && statSync(name).size >= bytes) return name;
  const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
  const unit = Buffer.from(singleLine ? seeds.join('').replace(/\s*\n\s*/g, '') : seeds.join('\n'), 'utf8');
  const out = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at += unit.length) unit.copy(out, at, 0, Math.min(unit.length, bytes - at));
  // Cut at a character boundary: drop a trailing partial UTF-8 sequence.
  let end = bytes;
  while (end > 0 && (out[end - 1] & 0xc0) === 0x80) end--;
  if (end > 0 && out[end - 1] >= 0xc0) end--;
  writeFileSync(name, out.subarray(0, end));
  return name;
}

/** One lint run in a fresh process, so that its peak memory is its own. */
function measure(file) {
  const script = `
    const { Linter } = await import(${JSON.stringify(join(root, 'dist/index.js'))});
    const linter = await Linter.create({ config: { extends: 'policylint:all' }, cwd: ${JSON.stringify(root)} });
    const t = performance.now();
    const r = await linter.lintFile(${JSON.stringify(file)});
    const ms = performance.now() - t;
    console.log(JSON.stringify({ ms, findings: r.messages.length, maxRssKb: process.resourceUsage().maxRSS,
      fileMessages: r.messages.filter((m) => m.ruleId === null || m.fatal).map((m) => m.message).slice(0, 5) }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 2 ** 26 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

const sizes = process.argv.slice(2).map(Number);
const cases = (sizes.length ? sizes : [5, 10, 100]).flatMap((mb) => [[mb, false], ...(mb <= 5 ? [[mb, true]] : [])]);
console.log('| file | size | time | throughput | peak RSS | findings |');
console.log('|---|---|---|---|---|---|');
for (const [mb, singleLine] of cases) {
  const file = generate(mb * 2 ** 20, singleLine);
  const size = statSync(file).size;
  const { ms, findings, maxRssKb, fileMessages } = measure(file);
  const name = `${mb} MB ${singleLine ? 'one line' : 'paragraph lines'}`;
  console.log(`| ${name} | ${(size / 2 ** 20).toFixed(1)} MiB | ${(ms / 1000).toFixed(1)} s | ${(size / 2 ** 20 / (ms / 1000)).toFixed(1)} MiB/s | ${(maxRssKb / 1024).toFixed(0)} MiB | ${findings} |`);
  if (fileMessages.length) console.log(`  file-level / crash messages: ${fileMessages.join(' | ')}`);
}
