// Encodings, byte order marks, line endings and broken bytes, on real files in fixtures/encodings/
// (written by fixtures/encodings/generate.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, encode, firstInvalidUtf8 } from '../../src/files/decode.js';
import { ROOT } from '../helpers/cli.js';
import { ENCODINGS, lintOne, positions, tempDir } from './helpers.js';

// Line 3: "　　一、𠀀培育发展发展…" (𠀀 is two UTF-16 code units); line 4: "\t二、加强加强…".
const SAMPLE_FINDINGS = [
  ['duplicated-word', 3, 9, 3, 13],
  ['duplicated-word', 4, 4, 4, 8],
];
const utf8Text = readFileSync(join(ENCODINGS, 'sample.utf8.txt'), 'utf8');

describe('every encoding gives the same text and the same line:column (UTF-16 code units)', () => {
  const cases: [file: string, encoding: string, bom: boolean][] = [
    ['sample.utf8.txt', 'utf-8', false],
    ['sample.utf8-bom.txt', 'utf-8', true],
    ['sample.utf16le-bom.txt', 'utf-16le', true],
    ['sample.utf16be-bom.txt', 'utf-16be', true],
    ['sample.gb18030.txt', 'gb18030', false],
  ];
  it.each(cases)('%s is read as %s', async (file, encoding, bom) => {
    const r = await lintOne(join(ENCODINGS, file));
    expect(r.file?.decoded).toMatchObject({ encoding, bom, text: utf8Text });
    expect(r.file?.decoded.invalidAt).toBeUndefined();
    expect(positions(r)).toEqual(SAMPLE_FINDINGS);
  });

  it('GBK (no supplementary characters) is read by the GB18030 fallback', async () => {
    const r = await lintOne(join(ENCODINGS, 'sample.gbk.txt'));
    expect(r.file?.decoded).toMatchObject({ encoding: 'gb18030', text: utf8Text.replace('𠀀', '') });
    // Two code units fewer before the first finding.
    expect(positions(r)).toEqual([
      ['duplicated-word', 3, 7, 3, 11],
      ['duplicated-word', 4, 4, 4, 8],
    ]);
  });

  it.each(['sample.crlf.txt', 'sample.cr.txt', 'sample.mixed-eol.txt'])('%s: CRLF, CR and mixed line ends count as one line break each', async (file) => {
    const r = await lintOne(join(ENCODINGS, file));
    expect(r.file?.decoded.text.replace(/\r\n?/g, '\n')).toBe(utf8Text);
    expect(positions(r)).toEqual(SAMPLE_FINDINGS);
  });
});

describe('settings.encoding', () => {
  const big5 = join(ENCODINGS, 'big5/sample.big5.txt');

  it('forces an encoding that is not detected (Big5), here through an override for *.big5.txt', async () => {
    const r = await lintOne(big5, {
      rules: { 'duplicated-word': 'error' },
      overrides: [{ files: '**/*.big5.txt', settings: { encoding: 'Big5' } }],
    });
    expect(r.file?.decoded).toMatchObject({ encoding: 'big5', text: '關於推進規劃實施的方案\n\n　　一、培育發展發展新興產業。\n' });
    expect(positions(r)).toEqual([['duplicated-word', 3, 7, 3, 11]]);
  });

  it('without it, Big5 is misread as GB18030: the documented limit of detection', async () => {
    const r = await lintOne(big5);
    expect(r.file?.decoded.encoding).toBe('gb18030');
    expect(r.file?.decoded.text).not.toContain('規劃');
  });

  it('a byte order mark wins over a forced encoding', async () => {
    const r = await lintOne(join(ENCODINGS, 'sample.utf16le-bom.txt'), { rules: { 'duplicated-word': 'error' }, settings: { encoding: 'gb18030' } });
    expect(r.file?.decoded).toMatchObject({ encoding: 'utf-16le', text: utf8Text });
  });

  it('an unknown encoding is an error for the file (exit 2), naming the encoding', async () => {
    const r = await lintOne(join(ENCODINGS, 'sample.utf8.txt'), { settings: { encoding: 'klingon' } });
    expect(r.messages).toEqual([expect.objectContaining({ ruleId: null, severity: 2, fatal: true, message: '无法按 klingon 解码：unknown encoding "klingon"' })]);
  });
});

describe('invalid byte sequences: one warning with the byte offset, the rest is linted', () => {
  it('UTF-8 with a stray byte after line 1 (byte 34)', async () => {
    const r = await lintOne(join(ENCODINGS, 'invalid.utf8.txt'));
    expect(r.file?.decoded).toMatchObject({ encoding: 'utf-8', invalidAt: 34 });
    const fileMessages = r.messages.filter((m) => m.ruleId === null);
    expect(fileMessages).toEqual([
      expect.objectContaining({ severity: 1, message: '文件含无效的 utf-8 字节序列（首个位于字节 34），已用 U+FFFD 替代后继续检查' }),
    ]);
    expect(positions({ messages: r.messages.filter((m) => m.ruleId) })).toEqual(SAMPLE_FINDINGS);
  });

  it('GB18030 with a lead byte cut off (byte 23)', async () => {
    const r = await lintOne(join(ENCODINGS, 'invalid.gb18030.txt'));
    expect(r.file?.decoded).toMatchObject({ encoding: 'gb18030', invalidAt: 23 });
    expect(r.messages.filter((m) => m.ruleId === null)).toHaveLength(1);
    expect(positions({ messages: r.messages.filter((m) => m.ruleId) })).toEqual(SAMPLE_FINDINGS);
  });

  it('a UTF-8 BOM counts in the offset', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('规划'), Buffer.from([0xc3])]);
    expect(decode(bytes)).toMatchObject({ encoding: 'utf-8', bom: true, invalidAt: 9, text: '规划\uFFFD' });
  });

  it('UTF-16 with a lone surrogate and with an odd last byte', () => {
    const lone = Buffer.from([0xff, 0xfe, 0xc4, 0x89, 0x00, 0xd8, 0x12, 0x52]); // BOM 规 <lone high surrogate> 划
    expect(decode(lone)).toMatchObject({ encoding: 'utf-16le', invalidAt: 4, text: '规\uFFFD划' });
    const odd = Buffer.from([0xff, 0xfe, 0xc4, 0x89, 0x12]);
    expect(decode(odd)).toMatchObject({ encoding: 'utf-16le', invalidAt: 4 });
  });

  it('mostly-UTF-8 Chinese with a broken byte stays UTF-8 rather than turning into GB18030 mojibake', () => {
    const bytes = Buffer.concat([Buffer.from('规划'), Buffer.from([0xe8, 0xa7]), Buffer.from('实施方案')]);
    expect(decode(bytes)).toMatchObject({ encoding: 'utf-8', invalidAt: 6 });
    expect(firstInvalidUtf8(Buffer.from('规划'))).toBeUndefined();
  });
});

describe('files that are not text are not checked: an error naming what they are and what to do', () => {
  it.each([
    ['nul-bytes.txt', '未检查：不是文本文件（not a text file: it contains NUL bytes）'],
    ['utf16le-no-bom.txt', '像是没有字节顺序标记的 UTF-16LE 文本。请用 settings.encoding 指定编码（"utf-16le"）'],
    ['pixel.png', '这是图片'],
    ['empty.zip', 'ZIP 压缩包'],
    ['report.pdf', '这是 PDF 文件'],
  ])('%s', async (file, text) => {
    const r = await lintOne(join(ENCODINGS, 'not-text', file));
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ ruleId: null, severity: 2, fatal: true });
    expect(r.messages[0]!.message).toContain(text);
    expect(r.file).toBeUndefined();
  });

  it('UTF-16 without a BOM is read when settings.encoding names it', async () => {
    const r = await lintOne(join(ENCODINGS, 'not-text/utf16le-no-bom.txt'), { settings: { encoding: 'utf-16le' } });
    expect(r.file?.decoded.text).toBe('Plan 2025\n规划\n');
  });
});

describe('empty and whitespace-only files', () => {
  it.each(['empty.txt', 'whitespace-only.txt'])('%s: no findings from any built-in rule, no crash, as .txt and as .md', async (file) => {
    // The same bytes under both names: the .md is parsed as Markdown.
    const bytes = readFileSync(join(ENCODINGS, file));
    const md = file.replace('.txt', '.md');
    const dir = tempDir({ [file]: bytes, [md]: bytes });
    for (const name of [file, md]) {
      const r = await lintOne(join(dir, name), { extends: 'policylint:all' });
      expect(r.filePath).toBe(join(dir, name));
      expect(r.file?.bytes.equals(bytes)).toBe(true);
      expect(r.messages, name).toEqual([]);
    }
  });
});

describe('encode() for --fix: the file’s own encoding, or a refusal rather than lost bytes', () => {
  it('round-trips every sample encoding byte for byte', () => {
    for (const file of ['sample.utf8.txt', 'sample.utf8-bom.txt', 'sample.utf16le-bom.txt', 'sample.utf16be-bom.txt', 'sample.gb18030.txt', 'sample.gbk.txt', 'sample.crlf.txt']) {
      const bytes = readFileSync(join(ENCODINGS, file));
      const decoded = decode(bytes);
      expect(encode(decoded.text, decoded).equals(bytes), file).toBe(true);
    }
  });

  it('refuses a file with invalid bytes (writing would turn them into U+FFFD)', () => {
    const decoded = decode(readFileSync(join(ENCODINGS, 'invalid.utf8.txt')));
    expect(() => encode(decoded.text, decoded)).toThrow('not written: the file has invalid utf-8 bytes (first at byte 34)');
  });

  it('refuses GB18030 whose bytes iconv-lite would not write back the same way', () => {
    // Byte 0x80 decodes to € (WHATWG) but € is written as A2 E3.
    const decoded = decode(Buffer.from([0xb9, 0xe6, 0x80, 0xbb, 0xae, 0xff]), 'gb18030');
    expect(decoded.invalidAt).toBe(5);
    const clean = decode(Buffer.from([0xb9, 0xe6, 0x80, 0xbb, 0xae]), 'gb18030');
    expect(clean.text).toBe('规€划');
    expect(() => encode(clean.text, clean)).toThrow('would not give back its original bytes');
  });

  it('refuses fixed text that Big5 cannot represent', () => {
    const decoded = decode(iconv.encode('規劃', 'big5'), 'big5');
    expect(encode('規劃方案', decoded).equals(iconv.encode('規劃方案', 'big5'))).toBe(true);
    expect(() => encode('规划', decoded)).toThrow('cannot represent');
  });
});

describe('detection on the real seed documents', () => {
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));

  it.each(seeds)('%s: as GBK it is read as GB18030; as UTF-8 with one broken byte it stays UTF-8', (file) => {
    const text = readFileSync(join(ROOT, 'seeds', file), 'utf8');
    const gbk = iconv.encode(text, 'gb18030');
    expect(decode(gbk)).toMatchObject({ encoding: 'gb18030', text });
    const utf8 = Buffer.from(text, 'utf8');
    const at = Buffer.byteLength(text.slice(0, text.length >> 1));
    const broken = Buffer.concat([utf8.subarray(0, at), Buffer.from([0xff]), utf8.subarray(at)]);
    expect(decode(broken)).toMatchObject({ encoding: 'utf-8', invalidAt: at });
  });
});
