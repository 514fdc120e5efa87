// Worker pool, cache, shards and SARIF merging, through the real CLI.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const PROBES = join(ROOT, 'fixtures/plugins/probes.js');
const SEED = readFileSync(join(ROOT, 'seeds/000_515e1a66cf77eeef.txt'), 'utf8');

/** A folder of `n` documents of varied sizes, each with the seed's real findings. */
function corpus(n: number, config: object = { extends: 'policylint:recommended' }): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-scale-'));
  writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify(config));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `doc-${String(i).padStart(3, '0')}.txt`), SEED.repeat(1 + (i % 4)));
  return dir;
}

describe('worker pool', () => {
  it('gives the same report with 2 workers as with one thread', async () => {
    const dir = corpus(60);
    const one = await runCli(['.', '--concurrency', '1', '--format', 'json'], { cwd: dir });
    const two = await runCli(['.', '--concurrency', '2', '--format', 'json'], { cwd: dir });
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout)).toHaveLength(60);
  });

  it('stops a worker stuck on one file, reports that file, and lints the rest', async () => {
    const dir = corpus(55, { plugins: [PROBES], rules: { 'probes/hang': 'error', 'duplicated-word': 'error' } });
    writeFileSync(join(dir, 'doc-007.txt'), 'HANG\n');
    const r = await runCli(['.', '--concurrency', '2', '--file-timeout', '2', '--format', 'compact'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('doc-007.txt:1:1: error 检查此文件超过 2 秒，已中止');
    const withFindings = new Set(r.stdout.split('\n').filter((l) => l.includes('[duplicated-word]')).map((l) => l.split(':')[0]));
    expect(withFindings.size).toBe(54);
    expect(withFindings.has('doc-007.txt')).toBe(false);
  });
});

describe('worker pool, files in batches (large runs)', () => {
  it('a file stuck in a batch is reported alone: the rest of its batch is linted again file by file', async () => {
    // 140 files on 2 workers go in batches of 2 (see batchSize).
    const dir = corpus(140, { plugins: [PROBES], rules: { 'probes/hang': 'error', 'duplicated-word': 'error' } });
    writeFileSync(join(dir, 'doc-070.txt'), 'HANG\n');
    const r = await runCli(['.', '--concurrency', '2', '--file-timeout', '2', '--format', 'compact'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('doc-070.txt:1:1: error 检查此文件超过 2 秒，已中止');
    const withFindings = new Set(r.stdout.split('\n').filter((l) => l.includes('[duplicated-word]')).map((l) => l.split(':')[0]));
    expect(withFindings.size).toBe(139);
  });

  it('gives the same report as one thread', async () => {
    const dir = corpus(140);
    const one = await runCli(['.', '--concurrency', '1', '--format', 'json'], { cwd: dir });
    const two = await runCli(['.', '--concurrency', '2', '--format', 'json'], { cwd: dir });
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout)).toHaveLength(140);
  });
});

describe('TIMING=1', () => {
  it('prints the parse, the shared analyses and the rules by time on stderr, from workers too, and leaves the report alone', async () => {
    const dir = corpus(60);
    const plain = await runCli(['.', '--concurrency', '2', '--format', 'compact'], { cwd: dir });
    const timed = await runCli(['.', '--concurrency', '2', '--format', 'compact'], { cwd: dir, env: { TIMING: 'all' } });
    expect(timed.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    const [header, divider, ...rows] = timed.stderr.trimEnd().split('\n');
    expect(header).toMatch(/^Rule +\| Time \(ms\) \| Relative$/);
    expect(divider).toMatch(/^:-+\|-+:\|-+:$/);
    const names = rows.map((r) => r.split('|')[0]!.trim());
    // TIMING=all lists every rule that ran; the seed's findings come from duplicated-word and phase-years.
    expect(names).toEqual(expect.arrayContaining(['(parse)', '(quantities)', 'duplicated-word', 'phase-years', 'injected-content']));
    const times = rows.map((r) => Number(r.split('|')[1]));
    expect(times.every((t) => t >= 0)).toBe(true);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const shares = rows.map((r) => Number.parseFloat(r.split('|')[2]!));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
  });
});

describe('--cache', () => {
  let dir: string;
  let log: string;
  const lint = (extra: string[] = []) =>
    runCli(['.', '--cache', '--format', 'compact', ...extra], { cwd: dir, env: { POLICYLINT_PROBE_LOG: log } });
  const linted = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).length : 0);

  beforeAll(() => {
    dir = corpus(5, { plugins: [PROBES], rules: { 'probes/count': 'warn', 'duplicated-word': 'error' } });
    log = join(dir, 'probe.log');
  });

  it('re-lints nothing on an unchanged re-run, and reports the same findings (files with findings are cached too)', async () => {
    const cold = await lint();
    expect(linted()).toBe(5);
    const warm = await lint();
    expect(linted()).toBe(5);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.code).toBe(cold.code);
    expect(cold.stdout).toContain('duplicated-word');
  });

  it('re-lints a changed file only; a touched but unchanged file is still a hit', async () => {
    writeFileSync(join(dir, 'doc-001.txt'), '培育发展发展。\n');
    writeFileSync(join(dir, 'doc-002.txt'), readFileSync(join(dir, 'doc-002.txt')));
    await lint();
    expect(linted()).toBe(6);
  });

  it('a different configuration misses', async () => {
    await lint(['--rule', 'duplicated-word:warn']);
    expect(linted()).toBe(11);
  });
});

describe('--shard and merge-sarif', () => {
  it('splits the files into disjoint parts that together are all of them, and the merged SARIF equals one run', async () => {
    const dir = corpus(12);
    const parts: string[][] = [];
    for (const i of [1, 2, 3]) {
      const r = await runCli(['.', '--shard', `${i}/3`, '--format', 'json'], { cwd: dir });
      parts.push(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath));
      const sarif = await runCli(['.', '--shard', `${i}/3`, '--format', 'sarif', '-o', `part${i}.sarif`], { cwd: dir });
      expect(sarif.code).toBe(1);
    }
    const all = parts.flat();
    expect(new Set(all).size).toBe(12);
    for (const p of parts) expect(p.length).toBeGreaterThanOrEqual(3);
    // The same split on a second run: shards are deterministic.
    const again = await runCli(['.', '--shard', '2/3', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(again.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(parts[1]);

    const merged = await runCli(['merge-sarif', 'part1.sarif', 'part2.sarif', 'part3.sarif', '-o', 'all.sarif'], { cwd: dir });
    expect(merged.code).toBe(0);
    const whole = JSON.parse((await runCli(['.', '--format', 'sarif'], { cwd: dir })).stdout);
    const mergedLog = JSON.parse(readFileSync(join(dir, 'all.sarif'), 'utf8'));
    const key = (r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[] }) =>
      JSON.stringify([r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region, r.ruleId]);
    expect(mergedLog.runs[0].results.map(key).sort()).toEqual(whole.runs[0].results.map(key).sort());
    for (const r of mergedLog.runs[0].results) expect(mergedLog.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('rejects a malformed --shard', async () => {
    const r = await runCli(['seeds', '--shard', '4/3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--shard: expected "i/n" with 1 ≤ i ≤ n');
  });
});
