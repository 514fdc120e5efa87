import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { lineShape } from '../../document/residue/classify.js';
import { findSpacedDigits } from '../../quantity/spaced-digits.js';
import { lintWith, readFixture } from '../../../test/helpers/rule-tester.js';
import { runCli } from '../../../test/helpers/cli.js';

const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(import.meta.dirname, 'fixtures');
const seed = (prefix: string): string => {
  const name = readdirSync(path.join(root, 'seeds')).find((f) => f.startsWith(prefix))!;
  return readFileSync(path.join(root, 'seeds', name), 'utf8');
};

describe('web-residue on the seeds', () => {
  it('reports the three closing lines of 004 as one toolbar finding spanning them', async () => {
    const text = seed('004');
    const messages = await lintWith(rule, text);
    expect(messages.map((m) => [m.line, m.endLine, m.message])).toEqual([
      [42, 44, '网页工具栏残留：“建议反馈 您的每一条建议声音,我…”等3行'],
    ]);
    expect(text.slice(messages[0]!.offset, messages[0]!.endOffset).endsWith('分享到微博')).toBe(true);
  });
  it('reports the 相关附件: labels and the attachment file name of 001', async () => {
    expect((await lintWith(rule, seed('001'))).map((m) => [m.line, m.properties?.kind])).toEqual([
      [1, 'toolbar'],
      [133, 'attachment'],
    ]);
  });
  it('reports the page source line closing 000 and 003 (来源： site + date, below the body) and is quiet on 002', async () => {
    expect((await lintWith(rule, seed('000'))).map((m) => [m.line, m.properties?.kind])).toEqual([[64, 'metadata']]);
    expect((await lintWith(rule, seed('003'))).map((m) => [m.line, m.properties?.kind])).toEqual([[80, 'metadata']]);
    expect(await lintWith(rule, seed('002'))).toEqual([]);
  });
});

describe('each fixture file holds one kind of residue', () => {
  const files = readdirSync(fixtures).filter((f) => !/^(mixed|licence)\./.test(f));
  it.each(files)('%s', async (name) => {
    const kind = name.replace(/\..*$/, '').replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
    const { text } = readFixture(path.join(fixtures, name));
    const messages = await lintWith(rule, text, { filename: name });
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.map((m) => m.properties?.kind)).toEqual(messages.map(() => kind));
  });
});

describe('web-residue line shapes', () => {
  it.each([
    ['分享到微信', 'toolbar'],
    ['【打印】【关闭】', 'toolbar'],
    ['上一条：关于印发实施方案的通知', 'toolbar'],
    ['附件2：申报表.xlsx', 'attachment'],
    ['false', 'licence'],
    ['- 15 -', 'pageNumber'],
    ['第12页/共30页', 'pageNumber'],
    ['下转第6版', 'pageNumber'],
    ['新华社发（杨青 摄）', 'caption'],
    ['◆◇◆※¤¤', 'garbage'],
    ['分享到各级平台的数据应当及时更新。', null],
    ['打印机', null],
    ['中', null],
    ['报告全文见附件.pdf格式文件。', null],
    ['——', null],
    ['＊＊＊', null],
    ['本市在摄影、摄像等领域加强版权保护。', null],
    ['第一章 总 则', null],
  ])('%s → %s', (text, kind) => expect(lineShape(text)?.kind ?? null).toBe(kind));

  it('reads page fields with their labels spaced out, several to a line', () => {
    expect(lineShape('索\u2002引\u2002号：')).toMatchObject({ kind: 'field', bare: true });
    expect(lineShape('编辑：周扬 审核：李强 发布日期：2022-08-01')).toMatchObject({ kind: 'field', labels: 3 });
    expect(lineShape('点击率：2301')).toMatchObject({ kind: 'field', pageOnly: true });
    expect(lineShape('来源：本办法所称专项资金，是指市财政预算安排的资金。')).toBeNull();
  });
});

describe('a field label is residue by where it stands', () => {
  const body = '各区人民政府，市政府各部门：为进一步优化营商环境，激发市场主体活力，现提出如下措施，请认真贯彻执行。';
  it('is residue above or below the body, not in the middle', async () => {
    const text = `${body}\n作者：李华\n${body}\n作者：李华\n`;
    expect((await lintWith(rule, text)).map((m) => m.line)).toEqual([4]);
  });
  it('treats a label only web pages have (浏览次数) as residue anywhere', async () => {
    expect((await lintWith(rule, `${body}\n浏览次数：1024\n${body}\n`)).map((m) => m.line)).toEqual([2]);
  });
  it('leaves a table of 索引号 in the middle of the body alone', async () => {
    const text = `${body}\n索引号：\nA01/2024-001\n发布机构：\n市政府办公厅\n${body}\n`;
    expect(await lintWith(rule, text)).toEqual([]);
  });
});

describe('digits spaced apart', () => {
  it('joins them and keeps rows of single-digit cells and plain numbers apart', () => {
    expect(findSpacedDigits('比上年增长1 2 . 5 %，').map((r) => r.joined)).toEqual(['12.5%']);
    expect(findSpacedDigits('1 2 3 4')).toEqual([]);
    expect(findSpacedDigits('2019 2020 2021年')).toEqual([]);
  });
  it('reports in English with --locale en', async () => {
    const [m] = await lintWith(rule, '到2 0 3 0年基本实现。\n', { locale: 'en' });
    expect(m!.message).toBe('Digits spaced apart: "2 0 3 0" should read "2030"');
  });
});

describe('HTML pages', () => {
  it('finds the toolbar, breadcrumb and metadata of a saved page and proposes no fix in HTML', async () => {
    const html = [
      '<html><body>',
      '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>',
      '<div class="info"><span>发布时间：2024-01-05 09:00</span> <span>来源：市财政局</span></div>',
      '<h1>关于下达2024年第一批专项资金的通知</h1>',
      '<p>各区财政局：根据市委、市政府工作部署，现将2024年第一批专项资金下达给你们，请按规定及时拨付使用。</p>',
      '<p>资金使用情况请于年底前报送市财政局，并做好绩效评价工作。</p>',
      '<div><span>【打印本页】</span> <span>【关闭窗口】</span></div>',
      '</body></html>',
    ].join('\n');
    const messages = await lintWith(rule, html, { filename: 'page.html' });
    expect(messages.map((m) => m.properties?.kind)).toEqual(['metadata', 'toolbar']);
    expect(messages.every((m) => m.fix === undefined)).toBe(true);
  });
});

describe('--fix through the real CLI', () => {
  it('deletes whole residue lines in .txt and .md and closes up spaced digits', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'web-residue-'));
    const body = '为推进数字政府建设，提升政务服务效能，现将有关事项通知如下，请认真贯彻执行。';
    writeFileSync(path.join(dir, 'page.txt'), `当前位置：首页 > 通知公告\n${body}\n到2 0 2 6年全面完成。\n【打印本页】【关闭窗口】\n扫一扫在手机打开当前页\n`);
    writeFileSync(path.join(dir, 'page.md'), `# 通知\n\n发布时间：2024-02-01 10:00　浏览次数：12\n\n${body}\n\n- 列表项保留\n\n字号：大 中 小\n`);
    writeFileSync(path.join(dir, '.policylintrc.json'), JSON.stringify({ rules: { 'web-residue': 'warn' } }));
    const r = await runCli(['page.txt', 'page.md', '--fix'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'page.txt'), 'utf8')).toBe(`${body}\n到2026年全面完成。\n`);
    expect(readFileSync(path.join(dir, 'page.md'), 'utf8')).toBe(`# 通知\n\n${body}\n\n- 列表项保留\n`);
  });
});
