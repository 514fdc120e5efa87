// term-usage with the lists a repository keeps: a JSON list named in the config, through the real CLI.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { BUILTIN_LISTS } from './term-lists.js';
import { runCli } from '../../../test/helpers/cli.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

function project(list: unknown, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-terms-'));
  writeFileSync(join(dir, 'terms.json'), typeof list === 'string' ? list : JSON.stringify(list));
  writeFileSync(join(dir, 'plan.md'), text);
  writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ rules: { 'term-usage': ['warn', { lists: ['policylint:common-errors', 'terms.json'] }] } }));
  return dir;
}

const office = {
  name: '本市规范用语',
  source: '市政府办公室《规范性文件用语指引》（2024）',
  entries: [
    { wrong: '市发改委', right: '市发展改革委', category: '机构简称' },
    { wrong: '一网通管', right: '一网统管', category: '规范提法', source: '市委办公厅通知（2023）' },
  ],
};

describe('term-usage', () => {
  it('reports the entries of a list the config names, with each entry source, and fixes them', async () => {
    const dir = project(office, '# 通知\n\n市发改委牵头推进一网通管建设，各部门要再接再励。\n');
    const r = await runCli(['--format', 'json', 'plan.md'], { cwd: dir });
    const [result] = JSON.parse(r.stdout) as { messages: { message: string }[] }[];
    expect(result!.messages.map((m) => m.message)).toEqual([
      '“市发改委”应为“市发展改革委”（机构简称；依据：市政府办公室《规范性文件用语指引》（2024））',
      '“一网通管”应为“一网统管”（规范提法；依据：市委办公厅通知（2023））',
      expect.stringContaining('“再接再励”应为“再接再厉”（别字；'),
    ]);
    await runCli(['--fix', 'plan.md'], { cwd: dir });
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe('# 通知\n\n市发展改革委牵头推进一网统管建设，各部门要再接再厉。\n');
  });

  it('names the list file and what is wrong in it', async () => {
    const bad = project({ entries: [{ wrong: '发改委' }] }, '发改委\n');
    const r = await runCli(['plan.md'], { cwd: bad });
    expect(r.stdout + r.stderr).toMatch(/terms\.json: \/entries\/0: missing required key "right"/);
    const broken = project('{ "entries": [', '发改委\n');
    expect((await runCli(['plan.md'], { cwd: broken })).stdout + '').toMatch(/cannot read the term list .*terms\.json/);
  });

  it('does not report a wrong form inside its own right form', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-terms-'));
    const file = join(dir, 'terms.json');
    writeFileSync(file, JSON.stringify({ source: '本地', entries: [{ wrong: '网格化', right: '网格化管理', category: '规范提法' }] }));
    const messages = await lintWith(rule, '推进网格化管理，完善网格化。', { options: { lists: [file] } });
    expect(messages.map((m) => m.message)).toEqual(['“网格化”应为“网格化管理”（规范提法；依据：本地）']);
  });

  it('built-in lists: every wrong form differs from its right form and entries are unique', () => {
    expect(Object.keys(BUILTIN_LISTS).length).toBeGreaterThan(0);
    for (const [name, list] of Object.entries(BUILTIN_LISTS)) {
      expect(list.entries.length, name).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const e of list.entries) {
        expect(e.wrong).not.toBe(e.right);
        expect(seen.has(e.wrong), e.wrong).toBe(false);
        seen.add(e.wrong);
      }
    }
  });
});
