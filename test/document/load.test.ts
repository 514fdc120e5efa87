// PolicyDocument.load: one entry that loads what a format needs and then parses, so that nothing has to be
// preloaded; the synchronous constructor refuses, naming the parser, what it cannot parse without it.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it, vi } from 'vitest';
import { encode } from '../../src/files/decode.js';

/** A fresh copy of the document modules: nothing loaded yet in it, whatever other tests of this file did. */
async function freshModules() {
  vi.resetModules();
  const [{ PolicyDocument }, { ParserNotLoadedError }] = await Promise.all([
    import('../../src/document/document.js'),
    import('../../src/document/parsers.js'),
  ]);
  return { PolicyDocument, ParserNotLoadedError };
}

const markdown = '# 一、总则\n\n推进<span style="display:none">隐藏</span>高质量发展。\n\n| 指标 | 2025年 |\n|---|---|\n| 产值 | 100亿元 |\n';
const page = '<html><head><style>.k{display:none}</style></head><body><h1>方案</h1><p>推进高质量发展。</p><p class="k">隐藏文字</p></body></html>';

describe('the synchronous constructor before any load', () => {
  it('refuses Markdown beyond plain prose, naming the parser and what to call instead', async () => {
    const { PolicyDocument, ParserNotLoadedError } = await freshModules();
    const attempt = () => new PolicyDocument(markdown, 'plan.md');
    expect(attempt).toThrow(ParserNotLoadedError);
    expect(attempt).toThrow(/Markdown parser \(remark\) is not loaded, so plan\.md .*PolicyDocument\.load/);
  });

  it('refuses an HTML page, naming the HTML parser', async () => {
    const { PolicyDocument } = await freshModules();
    expect(() => new PolicyDocument(page, 'page.html')).toThrow(/HTML parser \(rehype-parse\) is not loaded, so page\.html/);
  });

  it('parses plain text, and Markdown that is only headings and prose, which need no parser', async () => {
    const { PolicyDocument } = await freshModules();
    expect(new PolicyDocument('一、总则\n推进高质量发展。\n', 'a.txt').blocks.map((b) => b.text)).toEqual(['一、总则', '推进高质量发展。']);
    const doc = new PolicyDocument('# 总则\n\n推进高质量发展。\n', 'a.md');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([['heading', '总则'], ['paragraph', '推进高质量发展。']]);
  });
});

describe('PolicyDocument.load', () => {
  it('loads the Markdown parser when the text needs it: raw HTML, tables', async () => {
    const { PolicyDocument } = await freshModules();
    const doc = await PolicyDocument.load(markdown, 'plan.md');
    expect(doc.format).toBe('markdown');
    expect(doc.html.map((h) => h.value)).toEqual(['<span style="display:none">', '</span>']);
    expect(doc.blocks.filter((b) => b.kind === 'tableCell').map((b) => b.text)).toEqual(['指标', '2025年', '产值', '100亿元']);
    // Loaded once per process: the synchronous constructor now parses Markdown too.
    expect(new PolicyDocument(markdown, 'again.md').blocks).toHaveLength(doc.blocks.length);
  });

  it('loads the HTML parser for a page: hidden elements go to `hidden`, not to the prose', async () => {
    const { PolicyDocument } = await freshModules();
    const doc = await PolicyDocument.load(page, 'page.html');
    expect(doc.blocks.map((b) => b.text)).toEqual(['方案', '推进高质量发展。']);
    expect(doc.hidden.map((h) => h.text)).toContain('隐藏文字');
  });

  it('reads a Word file from its bytes', async () => {
    const { PolicyDocument } = await freshModules();
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('推进高质量发展。')] }), new Paragraph({ children: [new TextRun('第二段。')] })] }] }));
    const doc = await PolicyDocument.load(new Uint8Array(bytes), 'plan.docx');
    expect([doc.format, doc.text]).toEqual(['docx', '推进高质量发展。\n第二段。']);
  });

  it('decodes bytes of a text format as files are decoded (GB18030 here), or the encoding it is given', async () => {
    const { PolicyDocument } = await freshModules();
    const text = '一、总则\n推进高质量发展。\n';
    const gb = encode(text, { text, encoding: 'gb18030', bom: false });
    expect((await PolicyDocument.load(gb, 'a.txt')).text).toBe(text);
    const big5 = encode('推進發展。', { text: '推進發展。', encoding: 'big5', bom: false });
    expect((await PolicyDocument.load(big5, 'a.txt', { encoding: 'big5' })).text).toBe('推進發展。');
  });

  it('lets the options name the format when the file name does not tell it', async () => {
    const { PolicyDocument } = await freshModules();
    const doc = await PolicyDocument.load('<p>正文。</p>', 'page.txt', { format: 'html' });
    expect([doc.format, doc.blocks.map((b) => b.text)]).toEqual(['html', ['正文。']]);
  });
});
