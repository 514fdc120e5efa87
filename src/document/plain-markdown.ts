// Most policy documents in Markdown are ATX headings, paragraphs of prose with no inline markup but now and then
// a code span, simple bullet lists and HTML comments. For such a document the mdast remark-parse builds follows
// from the lines alone, so it is built here in one pass, at a fraction of micromark's cost. Anything beyond that
// subset returns null and goes to remark; test/document/plain-markdown.test.ts checks that the two trees are
// identical wherever this one answers.
import type { Heading, Html, List, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { mayHoldTable } from './markdown-signals.js';

type Position = NonNullable<Root['position']>;
type Point = Position['start'];

/**
 * Characters that may start or change Markdown anywhere in a line: escapes, emphasis, links and images, entities;
 * tabs and NUL, which micromark rewrites (tab stops, U+FFFD). `<` is checked line by line, `` ` `` by `phrasing`.
 */
const INLINE_SYNTAX = /[\\*_[\]&\t\0]/;

/** `<` before an ASCII character or the end of a line may open HTML or an autolink; before `中` it is just text. */
const ANGLE_SYNTAX = /<(?:[\x00-\x7f]|$)/;

/**
 * A line that could open something other than a paragraph: an indented line (indented code, or indentation remark
 * strips), block quote, bullet or ordered list item, thematic break or setext underline (`---`, `-- --`, `===`), TOML front
 * matter, fenced code, HTML. (`*`, `_` and `[` are ruled out anywhere.) `--我们` or `<中华人民共和国…>` are
 * prose. Bullet items this parser builds are recognised before this test.
 */
const BLOCK_START = /^(?: |>|[-+](?: |$)|-[- ]*$|=+$|\+\+\+$|~~~|```|<[\x00-\x7f]|<$|\d{1,9}[.)](?: |$))/;

/** The bullet list being read: its marker, and whether a blank line came after its last item. */
interface OpenList {
  node: List;
  marker: number;
  blankAfterItem: boolean;
}

/**
 * The mdast remark-parse would produce for `text`, or null when the text uses any Markdown beyond ATX headings,
 * paragraphs of prose (no leading or trailing spaces, no tabs, no lone `\r`) whose only markup is code spans of
 * single backticks within a line, bullet lists (`-` or `+`) whose items are one line of such prose, and HTML
 * comment blocks.
 */
export function plainMarkdownTree(text: string): Root | null {
  // micromark drops a byte order mark at the start.
  if (INLINE_SYNTAX.test(text) || hasLoneCarriageReturn(text) || text.charCodeAt(0) === 0xfeff) {
    return null;
  }
  if (mayHoldTable(text)) return null;
  const mayHaveHtml = text.includes('<');
  const children: RootContent[] = [];
  // Paragraphs and headings with their text's place; their inline content is read once the blocks are known.
  const inlines: { node: Paragraph | Heading; range: Position }[] = [];
  let paragraph: Position | null = null;
  let comment: Point | null = null;
  let list: OpenList | null = null;
  const closeParagraph = () => {
    if (!paragraph) return;
    const node: Paragraph = { type: 'paragraph', children: [], position: paragraph };
    children.push(node);
    inlines.push({ node, range: paragraph });
    paragraph = null;
  };

  let offset = 0;
  let line = 1;
  for (;;) {
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    const contentEnd = end > offset && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const content = text.slice(offset, contentEnd);
    const lineStart: Point = { line, column: 1, offset };
    const lineEnd: Point = { line, column: content.length + 1, offset: contentEnd };

    if (comment) {
      // An HTML comment block runs to the end of the line that holds `-->`.
      if (content.includes('-->')) {
        children.push(htmlNode(text, { start: comment, end: lineEnd }));
        comment = null;
      }
    } else if (content.length === 0) {
      closeParagraph();
      if (list) list.blankAfterItem = true;
    } else if (mayHaveHtml && content.startsWith('<!--')) {
      // A comment block interrupts a paragraph or a list; `<!-->` and `<!--->` are the odd empty comments, left
      // to remark.
      if (content.startsWith('<!-->') || content.startsWith('<!--->')) return null;
      closeParagraph();
      list = null;
      if (content.indexOf('-->', 4) !== -1) children.push(htmlNode(text, { start: lineStart, end: lineEnd }));
      else comment = lineStart;
    } else if (mayHaveHtml && ANGLE_SYNTAX.test(content)) {
      return null;
    } else if (content.charCodeAt(0) === 35 /* # */) {
      const heading = atxHeading(content);
      // A heading ending in `#` may have a closing sequence, which remark strips.
      if (!heading || heading.value?.endsWith('#')) return null;
      closeParagraph();
      list = null;
      const node = headingNode(heading, { start: lineStart, end: lineEnd });
      children.push(node.heading);
      if (node.text) inlines.push({ node: node.heading, range: node.text });
    } else if (isBulletItem(content)) {
      // An item interrupts a paragraph; with the same marker it continues the open list, which a blank line
      // between items makes loose.
      closeParagraph();
      const marker = content.charCodeAt(0);
      // (Typed again: TypeScript narrows `list` to null across the loop.)
      let open = list as OpenList | null;
      if (open?.marker !== marker) {
        const node: List = { type: 'list', ordered: false, start: null, spread: false, children: [], position: { start: lineStart, end: lineEnd } };
        open = { node, marker, blankAfterItem: false };
        children.push(node);
      } else if (open.blankAfterItem) {
        open.node.spread = true;
      }
      open.blankAfterItem = false;
      open.node.position!.end = { ...lineEnd };
      const prose: Position = { start: { line, column: 3, offset: offset + 2 }, end: { ...lineEnd } };
      const item: Paragraph = { type: 'paragraph', children: [], position: prose };
      open.node.children.push({ type: 'listItem', spread: false, checked: null, children: [item], position: { start: { ...lineStart }, end: { ...lineEnd } } });
      list = open;
      inlines.push({ node: item, range: prose });
    } else if (content.charCodeAt(content.length - 1) === 32 || BLOCK_START.test(content)) {
      // Trailing spaces in a paragraph are stripped by remark, or make a hard break.
      return null;
    } else if (list && !list.blankAfterItem) {
      // Prose right under an item continues it (a lazy line).
      return null;
    } else if (paragraph) {
      paragraph.end = lineEnd;
    } else {
      list = null;
      paragraph = { start: lineStart, end: lineEnd };
    }
    if (end === text.length) break;
    offset = end + 1;
    line++;
  }
  // An unclosed comment runs to the end of the document; rare enough to leave to remark.
  if (comment) return null;
  closeParagraph();
  const mayHaveCode = text.includes('`');
  for (const { node, range } of inlines) {
    const content = mayHaveCode ? phrasing(text, range) : [textNode(text, range)];
    if (!content) return null;
    node.children = content;
  }
  const end: Point = { line, column: text.length - (text.lastIndexOf('\n') + 1) + 1, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

/**
 * `- 文字` or `+ 文字`: a bullet item whose content is one line of prose that opens nothing else (a heading, a
 * nested list, a thematic break such as `- - -`, indented code).
 */
function isBulletItem(content: string): boolean {
  const marker = content.charCodeAt(0);
  if ((marker !== 45 /* - */ && marker !== 43) /* + */ || content.charCodeAt(1) !== 32 || content.length < 3) return false;
  if (content.charCodeAt(content.length - 1) === 32 || content.charCodeAt(2) === 35 /* # */) return false;
  return !BLOCK_START.test(content.slice(2));
}

/**
 * The inline content of a paragraph or heading: text, and code spans of single backticks within a line. Null for
 * a run of two or more backticks (remark pairs runs of equal length, which this does not follow) or a span across
 * a line ending. An unpaired backtick is text.
 */
function phrasing(text: string, range: Position): PhrasingContent[] | null {
  const start = range.start.offset!;
  // A slice, so that searching for the next backtick stops at the end of the block.
  const block = text.slice(start, range.end.offset!);
  let open = block.indexOf('`');
  if (open === -1) return [textNode(text, range)];
  const nodes: PhrasingContent[] = [];
  const pointAt = pointer(text, range.start);
  let textFrom = range.start;
  while (open !== -1) {
    if (block.charCodeAt(open + 1) === 96 /* ` */) return null;
    const close = block.indexOf('`', open + 1);
    if (close === -1) break;
    if (block.charCodeAt(close + 1) === 96) return null;
    const spanStart = pointAt(start + open);
    const spanEnd = pointAt(start + close + 1);
    if (spanEnd.line !== spanStart.line) return null;
    if (textFrom.offset! < spanStart.offset!) nodes.push(textNode(text, { start: textFrom, end: { ...spanStart } }));
    nodes.push({ type: 'inlineCode', value: codeValue(block.slice(open + 1, close)), position: { start: spanStart, end: spanEnd } });
    textFrom = { ...spanEnd };
    open = block.indexOf('`', close + 1);
  }
  if (textFrom.offset! < range.end.offset!) nodes.push(textNode(text, { start: textFrom, end: { ...range.end } }));
  return nodes;
}

/** A code span's value: one space is stripped from each side when both have one and it is not only spaces. */
function codeValue(content: string): string {
  const padded = content.charCodeAt(0) === 32 && content.charCodeAt(content.length - 1) === 32;
  return padded && /[^ ]/.test(content) ? content.slice(1, -1) : content;
}

/** Points of increasing offsets from `from` on, counting line endings once: linear in the text it passes. */
function pointer(text: string, from: Point): (offset: number) => Point {
  let line = from.line;
  let lineStart = from.offset! - (from.column - 1);
  let nextBreak = text.indexOf('\n', from.offset!);
  return (offset) => {
    while (nextBreak !== -1 && nextBreak < offset) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    return { line, column: offset - lineStart + 1, offset };
  };
}

/**
 * An ATX heading: `#` to `######`, then spaces and the text, or the end of the line; trailing spaces are not part
 * of the text. Read by index: the pattern `^(#{1,6})(?: +(.*?))? *$` tried every place to end the text inside a
 * run of spaces (quadratic on `# a`, a long run of spaces, `b`).
 */
function atxHeading(content: string): { depth: number; value: string | undefined; textStart: number } | null {
  let depth = 0;
  while (content.charCodeAt(depth) === 35 /* # */) depth++;
  if (depth > 6 || (depth < content.length && content.charCodeAt(depth) !== 32)) return null;
  let start = depth;
  while (content.charCodeAt(start) === 32) start++;
  let end = content.length;
  while (end > start && content.charCodeAt(end - 1) === 32) end--;
  return { depth, value: end > start ? content.slice(start, end) : undefined, textStart: end > start ? start : 0 };
}

/** CRLF is read like LF; a `\r` on its own is a line ending too, which this parser does not take. */
function hasLoneCarriageReturn(text: string): boolean {
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) return true;
  return false;
}

/** A heading, and the place of its text if it has any (its inline content is read later). */
function headingNode(
  { depth, value, textStart }: { depth: number; value: string | undefined; textStart: number },
  position: Position,
): { heading: Heading; text?: Position } {
  const heading: Heading = { type: 'heading', depth: depth as Heading['depth'], children: [], position };
  if (value === undefined) return { heading };
  const { line, offset } = position.start;
  const start: Point = { line, column: textStart + 1, offset: offset! + textStart };
  const end: Point = { line, column: textStart + value.length + 1, offset: offset! + textStart + value.length };
  return { heading, text: { start, end } };
}

function textNode(text: string, position: Position): Text {
  return { type: 'text', value: text.slice(position.start.offset!, position.end.offset!), position: copy(position) };
}

function htmlNode(text: string, position: Position): Html {
  return { type: 'html', value: text.slice(position.start.offset!, position.end.offset!), position };
}

function copy(p: Position): Position {
  return { start: { ...p.start }, end: { ...p.end } };
}
