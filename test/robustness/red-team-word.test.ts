// Crafted Word packages (issue 19): bombs, deep XML, lying headers, duplicate names, a main part elsewhere and
// external entities. Each is built here and linted by the real CLI under a time and memory limit.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBounded } from './bounded-cli.js';
import { tempDir } from './helpers.js';
import { documentXml, wordPackage, zip } from './zip-writer.js';

const SPAM = '澳门赌场官网，加微信abc12345领取彩金';
const args = ['--no-config', '--rule', 'injected-content:error', '--format', 'compact'];

/** Lints `bad` next to a good file: the bad one gets a clear error, the good one is still linted. */
async function lintWithNeighbour(name: string, bytes: Buffer, others: Record<string, Buffer> = {}) {
  const dir = tempDir({ 'ok.txt': `正文。\n${SPAM}\n`, ...others });
  writeFileSync(join(dir, name), bytes);
  const r = await runBounded(['.', ...args], { cwd: dir, heapMb: 256, timeoutMs: 120_000 });
  expect(r.killed).toBe(false);
  expect(r.stdout).toMatch(/ok\.txt:2:\d+: error/);
  return r;
}

describe('crafted Word packages', () => {
  it('a ZIP bomb (one run inflating to ~90 MB) is refused before inflating, exit 2', async () => {
    const xml = documentXml(['正文。' + '啊'.repeat(30_000_000)]);
    const r = await lintWithNeighbour('bomb.docx', wordPackage(xml));
    expect(r.stdout).toMatch(/bomb\.docx:1:1: error .*(inflate|compressed).*ZIP bomb/);
    expect(r.code).toBe(2);
  }, 180_000);

  it('an entry whose header understates its size stops inflating at the declared size', async () => {
    const xml = documentXml(['正文。' + '啊'.repeat(2_000_000)]);
    const r = await lintWithNeighbour('liar.docx', wordPackage(xml, { mainDeclaredSize: 4096 }));
    expect(r.stdout).toContain('inflates to more than the 4096 bytes its header declares');
    expect(r.code).toBe(2);
  }, 180_000);

  it('XML nested 100,000 levels deep is refused by a linear check, with a message naming the part', async () => {
    // Random ids keep it from compressing past the ratio limit, so that the depth check is what stops it.
    const open = Array.from({ length: 50_000 }, () => `<w:sdt w:id="${Math.floor(Math.random() * 1e9)}"><w:sdtContent>`).join('');
    const deep = open + '</w:sdtContent></w:sdt>'.repeat(50_000);
    const r = await lintWithNeighbour('deep.docx', wordPackage(documentXml(['正文。'], deep)));
    expect(r.stdout).toContain('deep.docx:1:1: error 未检查：无法读取 Word 文件（word/document.xml: XML nested more than 512 levels deep');
    expect(r.stdout).not.toContain('call stack');
    expect(r.code).toBe(2);
  }, 180_000);

  it('an external entity is not resolved, and the error says the XML is not well-formed (not raw xmldom text)', async () => {
    const xml = documentXml(['正文&xxe;。']).replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>');
    const r = await lintWithNeighbour('xxe.docx', wordPackage(xml));
    expect(r.stdout).not.toContain('root:');
    expect(r.stdout).not.toMatch(/\[xmldom/);
    expect(r.stdout).toMatch(/xxe\.docx:1:1: error 未检查：无法读取 Word 文件（a part of the package is not well-formed XML \(.*xxe/);
  }, 120_000);

  it('hidden text is found when the main part is not word/document.xml (named by _rels/.rels)', async () => {
    const bytes = wordPackage(documentXml(['现将通知印发给你们。', ['请认真执行。', SPAM]]), { mainPart: 'word/main.xml' });
    const r = await lintWithNeighbour('moved.docx', bytes);
    expect(r.stdout).toMatch(/moved\.docx:2:\d+: error .*injected-content/);
  }, 120_000);

  it('a package with two entries of one name is refused as suspicious, exit 2; the same package with one is read', async () => {
    // The control: one main part, whose hidden spam is found, so the package was read.
    const once = wordPackage(documentXml([['现将通知印发给你们。', SPAM]]));
    const twice = zip([
      { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>' },
      { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: 'word/document.xml', data: documentXml(['现将通知印发给你们。']) },
      { name: 'word/document.xml', data: documentXml([['现将通知印发给你们。', SPAM]]) },
    ]);
    const r = await lintWithNeighbour('twice.docx', twice, { 'once.docx': once });
    expect(r.stdout).toContain('twice.docx:1:1: error 未检查：无法读取 Word 文件（the archive holds two entries named "word/document.xml"');
    expect(r.stdout).toMatch(/once\.docx:1:\d+: error .*injected-content/);
    expect(r.stdout).not.toMatch(/once\.docx:1:1: error 未检查/);
    expect(r.code).toBe(2);
  }, 120_000);
});
