// Cross-document checks over document sets (--project, config documentSets), through the real CLI.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const PROBES = join(ROOT, 'fixtures/plugins/probes.js');

function project(config: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-sets-'));
  writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ plugins: [PROBES], rules: { 'probes/same-title': 'error' }, ...config }));
  mkdirSync(join(dir, 'plan'));
  mkdirSync(join(dir, 'other'));
  writeFileSync(join(dir, 'plan/a.md'), '<!-- policylint-disable-next-line probes/same-title -->\n# 产业集群推进工作方案\n\n正文。\n');
  writeFileSync(join(dir, 'plan/b.md'), '# 产业集群推进工作方案\n\n正文。\n');
  writeFileSync(join(dir, 'other/c.txt'), '产业集群推进工作方案\n');
  return dir;
}

describe('document sets', () => {
  it('without --project or documentSets, documents are not compared', async () => {
    const r = await runCli(['.', '--format', 'compact'], { cwd: project({}) });
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it('--project compares all linted documents; inline directives apply; related locations name the other file', async () => {
    const dir = project({});
    const r = await runCli(['.', '--project', '--format', 'compact'], { cwd: dir });
    expect(r.code).toBe(1);
    // other/c.txt comes first; plan/a.md's finding is disabled in plan/a.md.
    expect(r.stdout).toBe('plan/b.md:1:3: error 与另一文件标题相同 [probes/same-title]\n');
    const json = JSON.parse((await runCli(['.', '--project', '--format', 'json'], { cwd: dir })).stdout);
    const b = json.find((f: { filePath: string }) => f.filePath.endsWith('plan/b.md'));
    expect(b.errorCount).toBe(1);
    expect(b.messages[0].related).toEqual([
      { line: 1, column: 1, endLine: 1, endColumn: 11, offset: 0, endOffset: 10, message: '首次出现', filePath: join(dir, 'other/c.txt') },
    ]);
    expect(b).not.toHaveProperty('facts');
    const sarif = JSON.parse((await runCli(['.', '--project', '--format', 'sarif'], { cwd: dir })).stdout);
    const related = sarif.runs[0].results.map((x: { relatedLocations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      x.relatedLocations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(related).toEqual(['other/c.txt']);
  });

  it('documentSets in the config compare only the members of each set', async () => {
    const dir = project({ documentSets: [{ name: 'plan', files: 'plan/**' }] });
    const r = await runCli(['.', '--format', 'compact'], { cwd: dir });
    expect(r.stdout).toBe('plan/b.md:1:3: error 与另一文件标题相同 [probes/same-title]\n');
  });

  it('works the same in worker threads and from the cache', async () => {
    const dir = project({});
    for (let i = 0; i < 50; i++) writeFileSync(join(dir, `other/n${i}.txt`), `第${i}号文件\n`);
    const one = await runCli(['.', '--project', '--format', 'compact', '--concurrency', '1'], { cwd: dir });
    const pool = await runCli(['.', '--project', '--format', 'compact', '--concurrency', '2'], { cwd: dir });
    expect(pool.stdout).toBe(one.stdout);
    await runCli(['.', '--format', 'compact', '--cache'], { cwd: dir });
    const cached = await runCli(['.', '--project', '--format', 'compact', '--cache'], { cwd: dir });
    expect(cached.stdout).toBe(one.stdout);
    const warm = await runCli(['.', '--project', '--format', 'compact', '--cache'], { cwd: dir });
    expect(warm.stdout).toBe(one.stdout);
  });

  it('documentSets is validated like the rest of the config', async () => {
    const dir = project({ documentSets: [{ file: 'plan/**' }] });
    const r = await runCli(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/documentSets/0');
  });
});
