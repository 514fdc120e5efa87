// Issue 16's contract for a CI gate and an editor, through the real CLI process: nothing hangs, a broken tool is
// not a bad document, an unchecked document does not pass, machine output stays machine-readable.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { lintFiles } from '../../src/index.js';

const PROBES = join(ROOT, 'fixtures/plugins/probes.js');
const NOT_TEXT = join(ROOT, 'fixtures/encodings/not-text');

function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-gate-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('nothing hangs', () => {
  it('--file-timeout stops a rule stuck in a loop in a default one-thread run, and the other files are linted', async () => {
    const dir = tempDir({
      '.policylintrc.json': JSON.stringify({ plugins: [PROBES], rules: { 'probes/hang': 'error', 'duplicated-word': 'error' } }),
      'stuck.txt': '这一段 HANG 住了。\n',
      'fine.txt': '培育发展发展数字经济。\n',
    });
    // Two files on any machine is one thread: the old code ran them in the main thread, which never returned.
    const r = await runCli(['.', '--format', 'compact', '--file-timeout', '2'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('fine.txt:1:3: error “发展”重复 [duplicated-word]');
    expect(r.stdout).toContain('stuck.txt:1:1: error 检查此文件超过 2 秒，已中止（可能是某条规则陷入死循环）');
  });

  it('--file-timeout bounds standard input too (an editor or a hook piping a buffer)', async () => {
    const dir = tempDir({ '.policylintrc.json': JSON.stringify({ plugins: [PROBES], rules: { 'probes/hang': 'error' } }) });
    const r = await runCli(['--stdin', '--stdin-filename', 'draft.txt', '--format', 'compact', '--file-timeout', '2'], { cwd: dir, stdin: '草稿 HANG。\n' });
    expect(r).toMatchObject({ code: 2, stdout: 'draft.txt:1:1: error 检查此文件超过 2 秒，已中止（可能是某条规则陷入死循环） [fatal]\n' });
  });

  it('-o into a folder that cannot be made, or naming a folder: a one-line error, exit 2', async () => {
    const dir = tempDir({ 'a.txt': '正文。\n' });
    const proc = await runCli(['a.txt', '-o', '/proc/nope/r.txt'], { cwd: dir });
    expect(proc).toMatchObject({ code: 2, stdout: '' });
    expect(proc.stderr).toBe('policylint: -o /proc/nope/r.txt: 无法创建文件夹 /proc/nope（ENOENT）\n');
    const folder = await runCli(['a.txt', '-o', '.', '--locale', 'en'], { cwd: dir });
    expect(folder).toMatchObject({ code: 2, stderr: 'policylint: -o .: this is a folder; give the report a file name\n' });
    const underFile = await runCli(['a.txt', '-o', 'a.txt/r.json'], { cwd: dir });
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toBe(`policylint: -o a.txt/r.json: ${join(dir, 'a.txt')} 不是文件夹\n`);
  });
});

describe('an unchecked document does not pass', () => {
  it('a named .doc, PDF or UTF-16 file without a BOM fails the gate with advice in the user language', async () => {
    const dir = tempDir();
    copyFileSync(join(NOT_TEXT, 'report.pdf'), join(dir, 'report.pdf'));
    copyFileSync(join(NOT_TEXT, 'utf16le-no-bom.txt'), join(dir, 'notes.txt'));
    // An OLE compound file: what Word 97-2003 (.doc) and WPS write.
    writeFileSync(join(dir, 'old.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0x20)]));
    const r = await runCli(['old.doc', 'report.pdf', 'notes.txt', '--format', 'compact'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('old.doc:1:1: error 未检查：这是旧版 Word/WPS 文件（.doc、.wps）。请在 Word 中另存为 .docx 后再检查 [fatal]');
    expect(r.stdout).toContain('notes.txt:1:1: error 未检查：文件含 NUL 字节，像是没有字节顺序标记的 UTF-16LE 文本。请用 settings.encoding 指定编码（"utf-16le"） [fatal]');
    expect(r.stdout).toContain('report.pdf:1:1: error 未检查：这是 PDF 文件');
    expect(r.stderr).toContain('policylint：3 个文件未检查');
    const en = await runCli(['old.doc', '--locale', 'en'], { cwd: dir });
    expect(en.stdout).toContain('Save it as .docx in Word');
    const json = JSON.parse((await runCli(['notes.txt', '--format', 'json'], { cwd: dir })).stdout);
    expect(json[0].messages[0]).toMatchObject({ ruleId: null, severity: 2, fatal: true, properties: { unchecked: 'utf-16le' } });
  });

  it('found by a folder search, such files fail too and are listed once in the summary', async () => {
    const dir = tempDir({ 'docs/ok.txt': '正文。\n' });
    copyFileSync(join(NOT_TEXT, 'utf16le-no-bom.txt'), join(dir, 'docs/a.txt'));
    copyFileSync(join(NOT_TEXT, 'nul-bytes.txt'), join(dir, 'docs/b.md'));
    const r = await runCli(['docs', '--format', 'compact', '--no-config'], { cwd: dir });
    expect(r.code).toBe(2);
    const summary = r.stderr.split('\n');
    expect(summary[0]).toBe('policylint：2 个文件未检查（不是可读的文本或 .docx）：');
    expect(summary.filter((l) => l.startsWith('  docs/a.txt: '))).toHaveLength(1);
    expect(summary.filter((l) => l.startsWith('  docs/b.md: '))).toHaveLength(1);
  });
});

describe('machine output stays machine-readable', () => {
  it('--fix-dry-run -f json is one JSON document with the fixed text in `output`; -f sarif one SARIF log', async () => {
    const dir = tempDir({ 'a.txt': '培育发展发展数字经济。\n', 'b.txt': '正文。\n' });
    const r = await runCli(['a.txt', 'b.txt', '--no-config', '--fix-dry-run', '--format', 'json'], { cwd: dir });
    const results = JSON.parse(r.stdout);
    expect(results[0].output).toBe('培育发展数字经济。\n');
    expect(results[1]).not.toHaveProperty('output');
    // As in ESLint, the messages of a dry run are what remains after the fixes; SARIF stays one log.
    const dry = await runCli(['a.txt', '--no-config', '--fix-dry-run', '--format', 'sarif'], { cwd: dir });
    expect(JSON.parse(dry.stdout).runs[0].results).toEqual([]);
    // A fixable result carries its fix as a SARIF replacement.
    const sarif = await runCli(['a.txt', '--no-config', '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(sarif.stdout);
    expect(log.runs[0].results[0].fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { charOffset: 4, charLength: 2 },
      insertedContent: { text: '' },
    });
    // From standard input as well.
    const stdin = await runCli(['--stdin', '--stdin-filename', 'x.txt', '--no-config', '--fix-dry-run', '-f', 'json'], { cwd: dir, stdin: '培育发展发展数字经济。\n' });
    expect(JSON.parse(stdin.stdout)[0].output).toBe('培育发展数字经济。\n');
  });

  it('SARIF: https documentation links, help text, no runner paths and no %SRCROOT% in results', async () => {
    const dir = tempDir({ 'a.txt': '培育发展发展数字经济。\n' });
    const r = await runCli(['a.txt', '--no-config', '--format', 'sarif'], { cwd: dir });
    const run = JSON.parse(r.stdout).runs[0];
    const { version } = await import('../../package.json', { with: { type: 'json' } }).then((m) => m.default);
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'duplicated-word');
    expect(rule.helpUri).toBe(`https://github.com/policylint/policylint/blob/v${version}/docs/rules/duplicated-word.md`);
    expect(rule.help.text).toContain('词语重复');
    expect(rule.help.markdown).toContain(`(${rule.helpUri})`);
    expect(r.stdout).not.toContain(dir);
    expect(r.stdout).not.toContain('%SRCROOT%');
    expect(r.stdout).not.toContain('file://');
  });
});

describe('cross-document checks work one file at a time', () => {
  const PROJECT = join(ROOT, 'fixtures/projects/plan-programme');

  it('a file of a document set is compared with the other members even when linted alone', async () => {
    const dir = tempDir();
    cpSync(PROJECT, dir, { recursive: true });
    const programme = await runCli(['materials/programme.txt', '--format', 'compact', '--rule', 'goal-consistency:error'], { cwd: dir });
    expect(programme.code).toBe(1);
    expect(programme.stdout).toMatch(/^materials\/programme\.txt:4:17: error 2025年“新材料产业产值”在plan\.md中为“600亿元”，此处为“650亿元”/);
    // The plan is first in the set, yet checked alone it gets the finding (nothing is reported on unlinted files).
    const plan = await runCli(['materials/plan.md', '--format', 'compact'], { cwd: dir });
    expect(plan.stdout).toMatch(/^materials\/plan\.md:7:17: error 2025年“新材料产业产值”在programme\.txt中为“650亿元”，此处为“600亿元”/);
    expect(plan.stdout).not.toContain('programme.txt:');
    // A file outside every set is not compared.
    expect((await runCli(['other/report.txt', '--format', 'compact'], { cwd: dir })).stdout).not.toContain('goal-consistency');
    // Each shard sees the conflicts of its own files, whichever shard has the other member.
    const shards = await Promise.all(['1/2', '2/2'].map((s) => runCli(['.', '--shard', s, '--format', 'compact'], { cwd: dir })));
    const all = await runCli(['.', '--format', 'compact'], { cwd: dir });
    const lines = (s: string) => s.trim().split('\n').filter(Boolean);
    const sharded = shards.flatMap((s) => lines(s.stdout));
    for (const line of lines(all.stdout)) expect(sharded).toContain(line);
    expect(sharded.filter((l) => l.startsWith('materials/plan.md:'))).toEqual(lines(plan.stdout));
  });

  it('lintFiles gives the same results as the CLI for the same config (one orchestrator)', async () => {
    const dir = tempDir();
    cpSync(PROJECT, dir, { recursive: true });
    const cli = JSON.parse((await runCli(['.', '--format', 'json'], { cwd: dir })).stdout);
    const api = await lintFiles(['.'], { cwd: dir });
    expect(api).toEqual(cli);
    expect(api.flatMap((r) => r.messages).filter((m) => m.ruleId === 'goal-consistency')).toHaveLength(2);
    const alone = await lintFiles(['materials/plan.md'], { cwd: dir });
    expect(alone).toEqual(JSON.parse((await runCli(['materials/plan.md', '--format', 'json'], { cwd: dir })).stdout));
  });
});

describe('exit status flags', () => {
  it('--max-warnings -1 means no limit; --quiet --max-warnings 0 says how many warnings it hid', async () => {
    const dir = tempDir({ 'a.txt': '培育发展发展数字经济。\n' });
    const args = ['a.txt', '--no-config', '--rule', 'duplicated-word:warn'];
    expect((await runCli([...args, '--max-warnings', '-1'], { cwd: dir })).code).toBe(0);
    const quiet = await runCli([...args, '--quiet', '--max-warnings', '0'], { cwd: dir });
    expect(quiet).toMatchObject({ code: 1, stdout: '' });
    expect(quiet.stderr).toBe('policylint：警告过多（上限 0 个，共 1 个警告因 --quiet 未显示）。\n');
    const en = await runCli([...args, '--quiet', '--max-warnings', '0', '--locale', 'en'], { cwd: dir });
    expect(en.stderr).toBe('policylint found too many warnings (maximum: 0; 1 warnings not shown because of --quiet).\n');
  });

  it('usage errors are in the user language', async () => {
    const r = await runCli(['--concurrency', 'many']);
    expect(r).toMatchObject({ code: 2, stderr: 'policylint: --concurrency：应为 "auto" 或不小于 1 的整数，实为 "many"\n' });
    const en = await runCli(['--concurrency', 'many', '--locale', 'en']);
    expect(en.stderr).toBe('policylint: --concurrency: expected "auto" or a whole number ≥ 1, found "many"\n');
  });
});

describe('--cache and local plugins', () => {
  it('editing a local plugin, or a module it imports, invalidates the cached results', async () => {
    const rule = (word: string) => `export const WORD = '${word}';\n`;
    const dir = tempDir({
      '.policylintrc.json': JSON.stringify({ plugins: ['./plugin/index.mjs'], rules: { 'local/word': 'error' } }),
      'plugin/words.mjs': rule('规划'),
      'plugin/index.mjs': `import { WORD } from './words.mjs';
export default { name: 'local', rules: { word: {
  meta: { id: 'word', description: { zh: '词', en: 'word' }, severity: 'error', schema: {}, messages: { found: { zh: '出现“{word}”', en: 'found {word}' } } },
  create(context) { const i = context.document.text.indexOf(WORD); if (i >= 0) context.report({ messageId: 'found', data: { word: WORD }, range: [i, i + WORD.length] }); },
} } };
`,
      'a.txt': '发展规划纲要。\n',
    });
    const lint = () => runCli(['a.txt', '--cache', '--format', 'compact'], { cwd: dir });
    expect((await lint()).stdout).toBe('a.txt:1:3: error 出现“规划” [local/word]\n');
    writeFileSync(join(dir, 'plugin/words.mjs'), rule('纲要'));
    expect((await lint()).stdout).toBe('a.txt:1:5: error 出现“纲要” [local/word]\n');
    writeFileSync(join(dir, 'plugin/index.mjs'), "export default { name: 'local', rules: { word: { meta: { id: 'word', description: { zh: '词', en: 'word' }, severity: 'error', schema: {}, messages: {} }, create() {} } } };\n");
    expect(await lint()).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('where the user reads the findings', () => {
  it('Word findings by paragraph with a quoted context in stylish, compact and HTML; long lines quoted too', async () => {
    const { writePlan } = await import('../formats/word-fixture.js');
    const dir = tempDir({ 'long.txt': `${'　　为加快建设现代化产业体系，推动经济高质量发展，'.repeat(3)}培育发展发展数字经济，提升产业链供应链韧性和安全水平。\n`, 'short.txt': '培育发展发展。\n' });
    await writePlan(join(dir, 'plan.docx'));
    const args = ['plan.docx', 'long.txt', 'short.txt', '--no-config', '--rule', 'injected-content:off', '--rule', 'phase-years:off'];
    const stylish = await runCli(args, { cwd: dir });
    expect(stylish.stdout).toContain('  第 8 段  错误  “发展”重复  培育【发展发展】先进制造业集群。  duplicated-word');
    expect(stylish.stdout).toContain('  1:78  错误  “发展”重复  …经济高质量发展，培育【发展发展】数字经济，提升产业链…  duplicated-word');
    // A short line needs no quote: its column is enough.
    expect(stylish.stdout).toContain('short.txt\n  1:3  错误  “发展”重复  duplicated-word\n');
    const en = await runCli([...args, '--locale', 'en'], { cwd: dir });
    expect(en.stdout).toContain('  paragraph 8  error  "发展" is repeated  培育【发展发展】先进制造业集群。  duplicated-word');
    const compact = await runCli([...args, '--format', 'compact'], { cwd: dir });
    expect(compact.stdout).toContain('plan.docx:8:3: error “发展”重复（第 8 段：培育【发展发展】先进制造业集群。） [duplicated-word]');
    const html = await runCli([...args, '--format', 'html'], { cwd: dir });
    expect(html.stdout).toContain('>第 8 段</a>');
    expect(html.stdout).toContain('<div class="quote">培育【发展发展】先进制造业集群。</div>');
  });
});

describe('inline directives', () => {
  it('policylint-disable-line at the end of a line (Markdown and plain text); unknown rules and unused directives are reported', async () => {
    const dir = tempDir({
      'a.md': '# 方案\n\n推进改革改革。 <!-- policylint-disable-line duplicated-word -->\n\n扩大开放开放。<!-- policylint-disable-line duplicated-wrod -->\n\n<!-- policylint-disable-next-line phase-years -->\n正文。\n',
      'b.txt': '培育发展发展数字经济。<!-- policylint-disable-line -->\n深化协作协作。\n',
    });
    const plain = await runCli(['a.md', 'b.txt', '--no-config', '--format', 'compact'], { cwd: dir });
    expect(plain.stdout).toBe(
      [
        'a.md:5:3: error “开放”重复 [duplicated-word]',
        'a.md:5:8: warning policylint-disable-line 指令中的规则“duplicated-wrod”不存在，此处不会屏蔽任何问题 [policylint]',
        'b.txt:2:3: error “协作”重复 [duplicated-word]',
        '',
      ].join('\n'),
    );
    const unused = await runCli(['a.md', '--no-config', '--format', 'compact', '--report-unused-disable-directives', '--locale', 'en'], { cwd: dir });
    expect(unused.stdout).toContain('a.md:7:1: warning policylint-disable-next-line (phase-years) disables nothing and can be removed [policylint]');
    expect(unused.stdout).not.toContain('a.md:3:');
  });
});

describe('a config per linted file', () => {
  it('the nearest .policylintrc.json above each file applies, from any working folder; --print-config names it', async () => {
    const dir = tempDir({
      '.policylintrc.json': JSON.stringify({ rules: { 'duplicated-word': 'error' } }),
      'a.txt': '培育发展发展。\n',
      'team/.policylintrc.json': JSON.stringify({ rules: { 'duplicated-word': 'warn' } }),
      'team/b.txt': '培育发展发展。\n',
      'team/sub/c.txt': '培育发展发展。\n',
    });
    const fromRoot = await runCli(['.', '--format', 'compact'], { cwd: dir });
    expect(fromRoot.stdout).toBe(
      ['a.txt:1:3: error “发展”重复 [duplicated-word]', 'team/b.txt:1:3: warning “发展”重复 [duplicated-word]', 'team/sub/c.txt:1:3: warning “发展”重复 [duplicated-word]', ''].join('\n'),
    );
    // The current-file task runs from the workspace folder; a hook or an editor may run from anywhere.
    const fromElsewhere = await runCli([join(dir, 'team/sub/c.txt'), '--format', 'compact'], { cwd: tmpdir() });
    expect(fromElsewhere.stdout).toContain('team/sub/c.txt:1:3: warning “发展”重复 [duplicated-word]');
    const printed = JSON.parse((await runCli(['--print-config', 'team/sub/c.txt'], { cwd: dir })).stdout);
    expect(printed.configFile).toBe('team/.policylintrc.json');
    expect(printed.rules['duplicated-word'][0]).toBe('warn');
    expect(JSON.parse((await runCli(['--print-config', 'a.txt'], { cwd: dir })).stdout).configFile).toBe('.policylintrc.json');
    expect(JSON.parse((await runCli(['--print-config', 'a.txt', '--no-config'], { cwd: dir })).stdout).configFile).toBeNull();
    // --config names one config for every file.
    const forced = await runCli(['.', '--format', 'compact', '--config', '.policylintrc.json'], { cwd: dir });
    expect(forced.stdout.match(/error/g)).toHaveLength(3);
  });
});

