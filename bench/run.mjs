// `npm run bench`: throughput (MB/s) and peak memory of policylint against the parse floor, from one run.
// BENCH_PEERS=1 also installs textlint (+ a repeated-word rule) and markdownlint-cli2 into .bench/peers and
// times them on the same corpus. BENCH_FILES / BENCH_KB change the main corpus (default 5000 × 13.7 KB ≈ 72 MB);
// BENCH_MARKUP=0 builds it of headings and paragraphs only, as the measurements before 2026-12-02 did.
// BENCH_HUGE=1 also builds a corpus ten times as large and measures peak memory on it (one run each).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = join(root, '.bench');
const cli = join(root, 'dist/bin/policylint.js');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const hasTime = existsSync('/usr/bin/time');

/** Median wall seconds and the largest peak RSS (MiB) over `n` runs of a command. */
function measure(command, args, { cwd = root, n = runs, env = {} } = {}) {
  const walls = [];
  let peak = 0;
  for (let i = 0; i < n; i++) {
    const full = hasTime ? ['/usr/bin/time', ['-f', '%e %M', command, ...args]] : [command, args];
    const start = process.hrtime.bigint();
    const r = spawnSync(full[0], full[1], { cwd, env: { ...process.env, CI: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
    walls.push(wall);
    if (hasTime) {
      const last = r.stderr.trim().split('\n').pop();
      peak = Math.max(peak, Number(last.split(' ')[1]) / 1024);
    }
  }
  walls.sort((a, b) => a - b);
  return { seconds: walls[Math.floor(walls.length / 2)], peakMiB: hasTime ? peak : NaN };
}

/** Median wall seconds of several commands started together (each a whole process), over `n` runs. */
async function measureTogether(commands, { n = runs } = {}) {
  const walls = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    await Promise.all(
      commands.map(
        ([command, args]) =>
          new Promise((done, fail) => {
            const child = spawn(command, args, { cwd: root, env: { ...process.env, CI: '1' }, stdio: 'ignore' });
            child.on('error', fail);
            child.on('exit', (code) => (code === 0 || code === 1 ? done() : fail(new Error(`${command} exited ${code}`))));
          }),
      ),
    );
    walls.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  walls.sort((a, b) => a - b);
  return { seconds: walls[Math.floor(walls.length / 2)], peakMiB: NaN };
}

function corpus(name, files, meanKb) {
  const dir = join(work, name);
  const bytes = buildCorpus({ root, dir, files, meanKb, markup: process.env.BENCH_MARKUP !== '0' });
  return { dir, bytes, files };
}

const mb = (bytes) => bytes / 1e6;
const row = (label, c, m) =>
  `| ${label} | ${(mb(c.bytes) / m.seconds).toFixed(2)} | ${Number.isNaN(m.peakMiB) ? '–' : m.peakMiB.toFixed(0)} | ${m.seconds.toFixed(2)} |`;

mkdirSync(work, { recursive: true });
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
console.log(`machine: ${cpus()[0]?.model ?? '?'}, ${availableParallelism()} cores, Node ${process.version}`);

const files = Number(process.env.BENCH_FILES ?? 5000);
const kb = Number(process.env.BENCH_KB ?? 13.7);
const main = corpus('corpus-main', files, kb);
console.log(`corpus: ${main.files} files, ${mb(main.bytes).toFixed(1)} MB\n`);

const lint = (c, extra) => measure('node', [cli, c.dir, '--no-config', '--format', 'compact', '-o', join(work, 'out.txt'), ...extra]);
const results = {};
const startup = {};
results.read = measure('node', [join(root, 'bench/floors.mjs'), 'read', main.dir]);
results.parse = measure('node', [join(root, 'bench/floors.mjs'), 'parse', main.dir]);
results.one = lint(main, ['--concurrency', '1']);
results.pool = lint(main, ['--concurrency', String(availableParallelism())]);
// What the machine gives N-way parallel work of this kind: N independent one-thread processes, each on every
// N-th file, started together. No pool inside one process can beat it; it shows what the pool leaves on the table.
{
  const all = readdirSync(main.dir, { recursive: true }).map((f) => join(main.dir, f)).filter((f) => /\.(md|txt)$/.test(f)).sort();
  const n = availableParallelism();
  const parts = Array.from({ length: n }, (_, k) => all.filter((_, i) => i % n === k));
  results.ceiling = await measureTogether(
    parts.map((part, k) => ['node', [cli, ...part, '--no-config', '--format', 'compact', '-o', join(work, `out-${k}.txt`), '--concurrency', '1']]),
  );
}
const cache = join(work, 'cache.json');
rmSync(cache, { force: true });
lint(main, ['--concurrency', '1', '--cache', '--cache-location', cache]);
results.warm = lint(main, ['--cache', '--cache-location', cache]);

// Start-up: one Markdown file of about 17 KB from the corpus, against Node starting and doing nothing.
const oneFile = join(work, 'startup', 'one.md');
{
  const dir = join(work, 'startup');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sized = readdirSync(join(main.dir, '00')).map((f) => join(main.dir, '00', f)).filter((f) => f.endsWith('.md'));
  const one = sized.find((f) => Math.abs(statSync(f).size - 17 * 1024) < 1024) ?? sized[0];
  copyFileSync(one, oneFile);
  startup.node = measure('node', ['-e', '0'], { n: 11 });
  startup.lint = measure('node', [cli, oneFile, '--format', 'compact', '-o', join(work, 'out-startup.txt')], { cwd: dir, n: 11 });
  startup.bytes = statSync(oneFile).size;
}

if (process.env.BENCH_PEERS === '1') {
  const peers = join(work, 'peers');
  if (!existsSync(join(peers, 'node_modules/.bin/textlint'))) {
    mkdirSync(peers, { recursive: true });
    writeFileSync(join(peers, 'package.json'), '{"private":true}');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', 'textlint', 'textlint-rule-ja-no-successive-word', 'markdownlint-cli2'], { cwd: peers, stdio: 'inherit' });
  }
  writeFileSync(join(peers, '.textlintrc.json'), JSON.stringify({ rules: { 'ja-no-successive-word': true } }));
  writeFileSync(join(peers, '.markdownlint-cli2.jsonc'), '{}');
  const peerRuns = { n: 1, cwd: peers };
  results.textlint = measure(join(peers, 'node_modules/.bin/textlint'), ['--config', join(peers, '.textlintrc.json'), `${main.dir}/**/*.md`], peerRuns);
  results.markdownlint = measure(join(peers, 'node_modules/.bin/markdownlint-cli2'), [`${main.dir}/**/*.md`], peerRuns);
  startup.textlint = measure(join(peers, 'node_modules/.bin/textlint'), ['--config', join(peers, '.textlintrc.json'), oneFile], { cwd: peers, n: 5 });
}

const label = {
  read: 'read files only',
  parse: 'unified + remark-parse, parse only (the floor)',
  one: 'policylint, recommended, 1 thread',
  pool: `policylint, recommended, ${availableParallelism()} workers`,
  ceiling: `${availableParallelism()} independent one-thread processes, 1/${availableParallelism()} of the corpus each (the machine's ceiling)`,
  warm: 'policylint, unchanged re-run with --cache',
  textlint: 'textlint + ja-no-successive-word',
  markdownlint: 'markdownlint-cli2, default rules',
};
console.log('| | MB/s | peak MiB | seconds |\n|---|---:|---:|---:|');
for (const [k, m] of Object.entries(results)) console.log(row(label[k], main, m));
const ratio = (a, b) => (results[b].seconds / results[a].seconds).toFixed(2);
console.log(`\npolicylint 1 thread vs parse floor: ${ratio('one', 'parse')}× the floor's speed`);
console.log(`${availableParallelism()} workers vs 1 thread: ${ratio('pool', 'one')}× (the machine's ceiling, ${availableParallelism()} independent processes: ${ratio('ceiling', 'one')}×)`);
console.log(`warm cache / cold run: ${((results.warm.seconds / results.one.seconds) * 100).toFixed(1)}% of the time`);
console.log(
  `start-up, one ${(startup.bytes / 1024).toFixed(1)} KB Markdown file: ${startup.lint.seconds.toFixed(2)} s median of 11 (node -e 0: ${startup.node.seconds.toFixed(2)} s` +
    `${startup.textlint ? `; textlint: ${startup.textlint.seconds.toFixed(2)} s, ${(startup.textlint.seconds / startup.lint.seconds).toFixed(1)}× longer` : ''}); peak ${startup.lint.peakMiB.toFixed(0)} MiB`,
);
if (results.textlint) console.log(`policylint 1 thread vs textlint: ${ratio('one', 'textlint')}×; vs markdownlint-cli2: ${ratio('one', 'markdownlint')}×`);

if (process.env.BENCH_SCALING !== '0') {
  console.log('\nHow cost grows (1 thread):\n| corpus | files | MB | MB/s | peak MiB |\n|---|---:|---:|---:|---:|');
  for (const [name, n, size] of [['scale-small', 500, 13.7], ['scale-many', 2500, 13.7], ['scale-large-files', 500, 68.5]]) {
    const c = corpus(name, n, size);
    const m = lint(c, ['--concurrency', '1']);
    console.log(`| ${n} × ${size} KB | ${n} | ${mb(c.bytes).toFixed(1)} | ${(mb(c.bytes) / m.seconds).toFixed(2)} | ${Number.isNaN(m.peakMiB) ? '–' : m.peakMiB.toFixed(0)} |`);
  }
}
if (process.env.BENCH_HUGE === '1') {
  // Memory must stay flat in corpus size: the same documents, ten times as many, one run each.
  const huge = corpus('corpus-huge', files * 10, kb);
  console.log(`\nTen times the corpus (${huge.files} files, ${mb(huge.bytes).toFixed(0)} MB):\n| | MB/s | peak MiB | seconds |\n|---|---:|---:|---:|`);
  const hugeRuns = { one: ['--concurrency', '1'], pool: ['--concurrency', String(availableParallelism())] };
  for (const [k, extra] of Object.entries(hugeRuns)) {
    const m = measure('node', [cli, huge.dir, '--no-config', '--format', 'compact', '-o', join(work, 'out.txt'), ...extra], { n: 1 });
    results[`huge-${k}`] = m;
    console.log(row(label[k], huge, m));
  }
}
writeFileSync(join(work, 'results.json'), JSON.stringify({ ...results, startup }, null, 2));
