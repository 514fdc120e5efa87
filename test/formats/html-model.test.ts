// The HTML reader's pieces, directly: CSS that hides, text with entities, what lands in doc.hidden.
import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/document/document.js';
import { hiddenSelectors, hidingDeclaration } from '../../src/document/html-style.js';

const page = (html: string) => PolicyDocument.load(html, 'page.html');

describe('CSS that hides', () => {
  it('declarations, normalised', () => {
    expect(hidingDeclaration('color:red; DISPLAY : None')).toBe('display:none');
    expect(hidingDeclaration('position:absolute;left:-9999px')).toBe('left:-9999px');
    expect(hidingDeclaration('font-size: 0')).toBe('font-size:0');
    expect(hidingDeclaration('font-size: 0.8em; opacity: 0.5; margin-left: -20px')).toBeNull();
  });

  it('simple class and id rules of the page, not @media, pseudo-classes or descendants', () => {
    const { classes, ids } = hiddenSelectors([
      '/* .c{display:none} */ .a, div.b { display: none } #links{visibility:hidden}',
      '@media print { .noprint { display: none } } .menu li { display: none } .x:hover { display: none } @import "y.css"; .z{color:red}',
    ]);
    expect([...classes]).toEqual([['a', '.a{display:none}'], ['b', '.b{display:none}']]);
    expect([...ids]).toEqual([['links', '#links{visibility:hidden}']]);
  });
});

describe('HTML document model', () => {
  it('block text has entities decoded and whitespace collapsed, mapping each character to its place', async () => {
    const html = '<p>一&amp;二&#x4E09;\n  四 <b>五</b>&nbsp;六</p>';
    const doc = await page(html);
    const [block] = doc.blocks;
    expect(block!.text).toBe('一&二三四 五 六');
    const range = (s: string) => block!.sourceRange(block!.text.indexOf(s), block!.text.indexOf(s) + s.length);
    expect(html.slice(...range('四'))).toBe('四');
    expect(html.slice(...range('六'))).toBe('六');
    expect(html.slice(...range('二'))).toBe('二');
    // A decoded entity maps to its whole reference: a fix may delete it whole, never cut into it or rewrite it
    // character for character.
    expect(html.slice(...range('三'))).toBe('&#x4E09;');
    expect(html.slice(...range('二三'))).toBe('二&#x4E09;');
    expect(html.slice(...range(' 六'))).toBe('&nbsp;六');
    const [s, e] = range('&');
    expect(html.slice(s, e)).toBe('&amp;');
    expect(doc.isProse([s, e])).toBe(true);
    expect(doc.isProse([s + 1, e])).toBe(false);
    expect(doc.isProse([s, e - 1])).toBe(false);
    const at = block!.text.indexOf('三');
    expect(block!.exactSourceRange(html, at, at + 1)).toBeNull();
    expect(doc.isProse(range('四'))).toBe(true);
  });

  it('hidden elements keep their text and its place; chrome is flagged', async () => {
    const html = '<nav><ul hidden><li>菜单</li></ul></nav><p>正文<span style="display:none">隐藏&amp;文字</span></p>';
    const doc = await page(html);
    expect(doc.blocks.map((b) => b.text)).toEqual(['正文']);
    expect(doc.hidden.map((h) => [h.kind, h.how, h.text, h.chrome ?? false])).toEqual([
      ['hidden', 'hidden', '菜单', true],
      ['hidden', 'display:none', '隐藏&文字', false],
    ]);
    const [, span] = doc.hidden;
    expect(html.slice(...span!.block!.sourceRange(3, 5))).toBe('文字');
  });

  it('only off-site link targets are kept, as the attribute written in the source', async () => {
    const html = '<a href="/x">a</a><a href="javascript:void(0)">b</a><a href=\'//cdn.example.com/y\'>c</a><script src="https://s.example.net/z.js"></script>';
    expect((await page(html)).html.map((f) => f.value)).toEqual(["href='//cdn.example.com/y'", 'src="https://s.example.net/z.js"']);
  });
});
