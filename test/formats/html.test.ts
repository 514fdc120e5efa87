// HTML pages through the real CLI: prose is the visible body text, positions point into the HTML source,
// page chrome and hidden elements are not prose.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import type { LintMessage, LintResult } from '../../src/types.js';

const FIXTURES = join(ROOT, 'fixtures/html');
const CLEAN = join(FIXTURES, 'clean.html');
const HACKED = join(FIXTURES, 'hacked.html');

async function lintJson(args: string[], cwd = ROOT): Promise<{ code: number; results: LintResult[]; stderr: string }> {
  const r = await runCli(['--no-config', '--format', 'json', ...args], { cwd });
  return { code: r.code, results: JSON.parse(r.stdout) as LintResult[], stderr: r.stderr };
}

/** 1-based line and column of the `nth` occurrence of `needle` in `text`, and its offsets. */
function locate(text: string, needle: string, nth = 1) {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found ${nth} times`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1, offset: at, endOffset: at + needle.length };
}

const byRule = (messages: LintMessage[], id: string) => messages.filter((m) => m.ruleId === id);

describe('HTML pages', () => {
  it('a clean government page with nav, breadcrumb, share tools and footer chrome has no findings', async () => {
    const { code, results } = await lintJson([CLEAN]);
    // The chrome marked as such (nav, breadcrumb, share, footer) is not prose; the publication bar under the title
    // (发布日期：… 来源：…) is visible text with no such mark, and web-residue names it (a warning only).
    expect(results[0]!.messages.map((m) => [m.ruleId, m.properties?.kind, m.severity])).toEqual([['web-residue', 'metadata', 1]]);
    expect(code).toBe(0);
  });

  it('runs the mission rules on the visible text, with positions in the HTML source', async () => {
    const source = readFileSync(HACKED, 'utf8');
    const { results } = await lintJson([HACKED]);
    const messages = results[0]!.messages;
    const doubled = byRule(messages, 'duplicated-word');
    // 彩票彩票 is in a display:none block: hidden text is not prose.
    expect(doubled).toHaveLength(1);
    const where = locate(source, '发展发展');
    expect(doubled[0]).toMatchObject(where);
    expect(source.slice(...doubled[0]!.fix!.range)).toBe('发展');

    // The label stands twice in the visible text: one finding, the other place related.
    const spam = messages.filter((m) => m.properties?.kind === 'spam' && m.properties.in === undefined && m.line < locate(source, '<h2>').line);
    expect(spam.map((m) => source.slice(m.offset, m.endOffset))).toEqual(['澳门和记娱乐场,菠菜导航网']);
    expect(spam[0]).toMatchObject({ line: locate(source, '<h1>').line, column: locate(source, '<h1>').column + 4, properties: { count: 2 } });
    expect(spam[0]!.related!.map((r) => source.slice(r.offset, r.endOffset))).toEqual(['澳门和记娱乐场,菠菜导航网']);
  });

  it('a visible link on a page is no finding by itself; links inside hidden spam are part of that finding', async () => {
    const { results } = await lintJson([HACKED]);
    const messages = results[0]!.messages;
    // The page's own link to a news site is visible: pages link to many sites from menus and footers.
    expect(messages.some((m) => JSON.stringify(m.properties ?? {}).includes('kp-news'))).toBe(false);
    const hidden = messages.find((m) => m.message.includes('display:none'))!;
    expect(hidden).toMatchObject({ severity: 2, properties: { kind: 'spam', kinds: ['spam', 'hidden-markup'] } });
    expect(hidden.message).toContain('链接到站外网址 www.hj-yule88.com、bc-daohang.net');
  });

  it('folders are searched for .html and .htm files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-html-'));
    writeFileSync(join(dir, 'a.htm'), '<p>培育发展发展核能。</p>');
    writeFileSync(join(dir, 'b.html'), '<p>推进高质量发展。</p>');
    const { results } = await lintJson(['.'], dir);
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(['a.htm', 'b.html']);
    expect(results[0]!.messages.map((m) => m.ruleId)).toEqual(['duplicated-word']);
  });

  it('entities, line breaks inside Chinese text and inline markup map back to the source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-html-'));
    const page = '<body>\r\n<p>&nbsp;&nbsp;一&amp;二，<b>培育</b>发展\r\n  发展核能。</p>\r\n</body>';
    writeFileSync(join(dir, 'p.html'), page);
    const { results } = await lintJson(['p.html'], dir);
    const [m] = results[0]!.messages;
    // The finding spans the line break between the two words; the fix removes the second one only.
    expect(m).toMatchObject({ ruleId: 'duplicated-word', line: 2, column: 33, endLine: 3, endColumn: 5 });
    expect(page.slice(m!.offset, m!.endOffset)).toBe('发展\r\n  发展');
    expect(m!.fix).toEqual({ range: [page.indexOf('发展核能'), page.indexOf('发展核能') + 2], text: '' });
  });

  it('what a page hides is not prose; a font-size:0 container whose children set their own size is not hidden', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-html-'));
    const page = [
      '<style>.list{font-size:0} .gone{display:none} @media print{.noprint{display:none}}</style>',
      '<ul class="list"><li style="font-size:14px">培育发展发展核能。</li></ul>',
      '<p class="gone">推进推进改革。</p><p id="x" hidden>加快加快建设。</p><p style="visibility: hidden">深化深化合作。</p>',
      '<p class="noprint">提高提高质量。</p>',
    ].join('\n');
    writeFileSync(join(dir, 'p.html'), page);
    const { results } = await lintJson(['p.html', '--rule', 'injected-content:off'], dir);
    expect(results[0]!.messages.map((m) => page.slice(m.offset, m.endOffset))).toEqual(['发展发展', '提高提高']);
  });

  it('a table cell that lays out the page holds paragraphs; a data cell is a table cell', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-html-'));
    // heading-sequence skips table cells: the gap 一、→三、 is found only if the layout cell's text is prose.
    const page = '<table><tr><td><h1>规划</h1><p>一、总体要求</p><p>三、保障措施</p><table><tr><td>1.</td><td>3.</td></tr></table></td></tr></table>';
    writeFileSync(join(dir, 'p.html'), page);
    const { results } = await lintJson(['p.html'], dir);
    expect(results[0]!.messages.map((m) => [m.ruleId, page.slice(m.offset, m.offset + 3)])).toEqual([['heading-sequence', '三、保']]);
  });

  it('policylint-disable comments work in HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-html-'));
    writeFileSync(join(dir, 'p.html'), '<body>\n<!-- policylint-disable-next-line duplicated-word -->\n<p>培育发展发展核能。</p>\n<p>培育发展发展核能。</p>\n</body>');
    const { results } = await lintJson(['p.html'], dir);
    expect(results[0]!.messages.map((m) => [m.ruleId, m.line])).toEqual([['duplicated-word', 4]]);
  });

  it('--fix-dry-run edits only the text of the page', async () => {
    const r = await runCli(['--no-config', '--rule', 'injected-content:off', '--fix-dry-run', HACKED]);
    const changed = r.stdout.split('\n').filter((l) => /^[-+][^-+]/.test(l));
    expect(changed).toEqual([
      '-    <p>培育发展发展先进制造业集群，详见<a href="http://www.kp-news.com/zt/2023.html">专题报道</a>。</p>',
      '+    <p>培育发展先进制造业集群，详见<a href="http://www.kp-news.com/zt/2023.html">专题报道</a>。</p>',
    ]);
  });

  it('injected-content inspects all of the page: hidden elements, scripts that write content, frames, redirects, metadata', async () => {
    const source = readFileSync(HACKED, 'utf8');
    const { results } = await lintJson([HACKED, '--rule', 'duplicated-word:off']);
    // Each finding as [severity, where it starts in the source, label]; plain links off the allow list aside.
    const found = results[0]!.messages
      .filter((m) => m.properties?.domain === undefined || m.properties.element !== undefined)
      .map((m) => [m.severity, source.slice(m.offset, m.offset + 12), /（(.+?)）：/.exec(m.message)![1]]);
    expect(found).toEqual([
      [2, '<meta http-e', '自动跳转到不在白名单中的域名 www.hj-yule88.com'],
      [2, '澳门和记娱乐场,菠菜导航', '博彩垃圾信息，位于 <title>'],
      [2, '澳门赌场,真人百家乐,菠', '博彩垃圾信息，位于 <meta name="keywords">'],
      [2, '澳门和记娱乐场,菠菜导航', '博彩垃圾信息'],
      // One finding per hidden element, with everything found in it.
      [2, '<div style="', '博彩垃圾信息：“和记娱乐”、“菠菜导航网”、“百家乐”、“投注”、链接到站外网址 www.hj-yule88.com、bc-daohang.net，隐藏；隐藏内容 display:none'],
      [2, '<span hidden', '提示词注入，隐藏；带 hidden 属性的隐藏内容'],
      [2, '<div class="', '博彩垃圾信息：“皇冠体育”、“赌场”、“百家乐”、链接到站外网址 www.hj-yule88.com，隐藏；由页面样式 .yqlj{display:none} 隐藏的内容'],
      [2, '<iframe src=', '内嵌不在白名单中的域名 www.hj-yule88.com 的页面'],
      [2, '<noscript><a', '博彩垃圾信息：“赌场”、“百家乐”、链接到站外网址 www.hj-yule88.com，隐藏；隐藏内容 <noscript>'],
      [2, '<script>docu', '博彩垃圾信息，位于 <script>；写入页面内容的脚本'],
    ]);
  });

  it('settings.injection.allowDomains quiets redirects, frames and links to a listed domain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-html-'));
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ extends: ['policylint:recommended'], settings: { injection: { allowDomains: ['hj-yule88.com'] } } }));
    const page = '<meta http-equiv="refresh" content="0;url=https://www.hj-yule88.com/"><p>正文。</p><iframe src="https://www.hj-yule88.com/" width="0"></iframe>';
    writeFileSync(join(dir, 'p.html'), page);
    const listed = await runCli(['--format', 'json', 'p.html'], { cwd: dir });
    expect((JSON.parse(listed.stdout) as LintResult[])[0]!.messages).toEqual([]);
    const { results } = await lintJson(['p.html'], dir);
    expect(results[0]!.messages.map((m) => m.properties?.domain)).toEqual(['www.hj-yule88.com', 'www.hj-yule88.com']);
  });
});
