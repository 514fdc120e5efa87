// Crafted text, HTML, plugins and options (issue 19), each through the real CLI under a time and memory limit:
// a 24 MB run of one character, style sheets that made parsing quadratic, a plugin that calls process.exit,
// invisible characters written as character references, SARIF URIs, `__proto__` keys.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBounded } from './bounded-cli.js';
import { writeEvilPlugin } from './evil-plugin.js';
import { tempDir } from './helpers.js';

const DOC = '推进发展发展。\n';

describe('a 24 MB file of one repeated character', () => {
  it.each([
    ['a Chinese character', '发', 8 * 1024 * 1024],
    ['a Latin letter', 'a', 24 * 1024 * 1024],
  ])('%s: linted by every rule in bounded memory; at most 1,000 findings a rule, then one summary', async (_name, ch, count) => {
    const dir = tempDir({ '.policylintrc.json': JSON.stringify({ extends: 'policylint:all' }), 'ok.txt': DOC });
    writeFileSync(join(dir, 'big.txt'), ch.repeat(count));
    const r = await runBounded(['.', '--format', 'json'], { cwd: dir, heapMb: 512, timeoutMs: 280_000 });
    expect(r.killed).toBe(false);
    expect(r.stderr).toBe('');
    const [big, ok] = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string | null; message: string; severity: number }[] }[];
    expect(ok!.messages.map((m) => m.ruleId)).toEqual(['duplicated-word']);
    const byRule = new Map<string, number>();
    for (const m of big!.messages) byRule.set(m.ruleId ?? '', (byRule.get(m.ruleId ?? '') ?? 0) + 1);
    for (const count of byRule.values()) expect(count).toBeLessThanOrEqual(1001);
    for (const m of big!.messages) expect(m.message.length).toBeLessThan(400);
    if (ch === '发') expect(big!.messages).toContainEqual(expect.objectContaining({ ruleId: 'duplicated-word', severity: 1, message: '规则 duplicated-word 在此文件中的结果超过 1000 条，已停止检查其余部分' }));
  }, 300_000);
});

describe('style sheets that made parsing quadratic', () => {
  it.each([
    ['an unclosed brace', '.a '.repeat(140_000) + '{'],
    ['unclosed comments', '/*'.repeat(200_000)],
    ['nested unclosed blocks', '@media{'.repeat(60_000)],
  ])('%s (400 KB): the page is linted, hidden text still found', async (_name, css) => {
    const page = `<html><head><style>.x{display:none}</style><style>${css}</style></head><body><p>正文。</p><p class="x">澳门赌场官网</p></body></html>`;
    const dir = tempDir({ 'page.html': page });
    const r = await runBounded(['page.html', '--no-config', '--rule', 'injected-content:error', '--format', 'compact'], { cwd: dir, timeoutMs: 60_000 });
    expect(r.killed).toBe(false);
    expect(r.stdout).toContain('page.html:1:');
    expect(r.stdout).toContain('display:none');
  }, 90_000);
});

describe('a plugin that calls process.exit', () => {
  const body = (call: string) => `if (context.document.text.includes('退出')) ${call};`;
  const files = () => {
    const files: Record<string, string> = { 'f000.txt': '退出。\n' };
    for (let i = 1; i < 120; i++) files[`f${String(i).padStart(3, '0')}.txt`] = DOC;
    return files;
  };

  it.each([
    ['in this thread', '1', 'process.exit(0)'],
    ['in a pool of workers', '2', 'process.exit(0)'],
    ['through a reference taken at import, in workers', '2', 'globalThis.__exit(0)'],
    ['through a reference taken at import, in this thread', '1', 'globalThis.__exit(0)'],
  ])('%s: a crash of that rule on that file, the report whole, never exit 0', async (_name, concurrency, call) => {
    const dir = tempDir(files());
    writeEvilPlugin(dir, body(call));
    // A plugin that keeps its own reference to process.exit, taken when it is loaded.
    writeFileSync(join(dir, 'evil.mjs'), `globalThis.__exit = process.exit;\n${await import('node:fs').then((fs) => fs.readFileSync(join(dir, 'evil.mjs'), 'utf8'))}`);
    const r = await runBounded(['.', '--format', 'compact', '--concurrency', concurrency, '--rule', 'duplicated-word:error'], { cwd: dir, timeoutMs: 120_000 });
    expect(r.killed).toBe(false);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/f000\.txt:1:1: error 规则 evil\/x 运行出错：process\.exit\(0\) was called by a plugin or rule/);
    expect(r.stdout.split('\n').filter((l) => l.includes('[duplicated-word]'))).toHaveLength(119);
  }, 150_000);
});

describe('invisible characters written as character references', () => {
  it('in Markdown and HTML prose they are reported on the reference; in code, and ordinary references, not', async () => {
    const dir = tempDir({
      'a.md': '# 通知\n\n本规划期限为&#x202e;2021—2025年。\n\n加强&#8203;监管，写法是 `&#8203;`。\n\n统筹&zwnj;推进，A&amp;B，&#x4E00;。\n',
      'b.html': '<html><body><p>推进&#X200B;高质量发展。</p><p>مرحبا &rlm; 你好</p><script>var s = "&#8203;";</script></body></html>\n',
    });
    const r = await runBounded(['a.md', 'b.html', '--no-config', '--rule', 'injected-content:error', '--format', 'compact'], { cwd: dir });
    const lines = r.stdout.trim().split('\n').map((l) => l.replace(/ \[injected-content\]$/, ''));
    expect(lines).toEqual([
      'a.md:3:7: error 疑似注入内容（双向文本控制字符“从右至左覆盖”，可用于 Trojan Source 攻击，以字符引用 &#x202e; 写出）：U+202E',
      'a.md:5:3: error 疑似注入内容（不可见字符“零宽空格”，以字符引用 &#8203; 写出）：U+200B',
      'a.md:7:3: error 疑似注入内容（不可见字符“零宽不连字”，以字符引用 &zwnj; 写出）：U+200C',
      'b.html:1:18: error 疑似注入内容（不可见字符“零宽空格”，以字符引用 &#X200B; 写出）：U+200B（…body><p>推进【&#X200B;】高质量发展。</p>…）',
    ]);
  });
});

describe('SARIF artifact URIs', () => {
  it('names with #, ? and % are percent-encoded', async () => {
    const dir = tempDir({ 'c#1.txt': DOC, 'q?x.txt': DOC, '100%.txt': DOC, '中文 名.txt': DOC });
    const r = await runBounded(['.', '--no-config', '--rule', 'duplicated-word:error', '--format', 'sarif'], { cwd: dir });
    const uris = (JSON.parse(r.stdout).runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[])
      .map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)
      .sort();
    expect(uris).toEqual(['100%25.txt', 'c%231.txt', 'q%3Fx.txt', '%E4%B8%AD%E6%96%87%20%E5%90%8D.txt'].sort());
    for (const uri of uris) expect(decodeURIComponent(new URL(uri, 'file:///r/').pathname.slice(3))).toMatch(/\.txt$/);
  });
});

describe('__proto__ keys', () => {
  it('in a config file: refused with the place (exit 2), settings unchanged', async () => {
    const dir = tempDir({ 'a.txt': DOC, '.policylintrc.json': '{\n  "rules": { "duplicated-word": "error" },\n  "settings": { "__proto__": { "maxFileSize": 1 } }\n}\n' });
    const r = await runBounded(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.policylintrc.json:3:17: the key "__proto__" is not allowed in a config file');
  });

  it('in --rule: refused (exit 2)', async () => {
    const dir = tempDir({ 'a.txt': DOC });
    for (const flag of ['__proto__:error', 'duplicated-word:["error",{"__proto__":{"allow":["发展发展"]}}]']) {
      const r = await runBounded(['a.txt', '--no-config', '--rule', flag], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('不允许使用键 "__proto__"');
    }
  });
});
