// Most policy documents in Markdown are ATX headings and paragraphs of prose with no inline markup, now and then
// an HTML comment. For such a document the mdast remark-parse builds follows from the lines alone, so it is built
// here in one pass, at a fraction of micromark's cost. Anything beyond that subset returns null and goes to remark;
// test/document/plain-markdown.test.ts checks that the two trees are identical wherever this one answers.
import type { Heading, Html, Paragraph, Root, RootContent } from 'mdast';

type Position = NonNullable<Root['position']>;
type Point = Position['start'];

/**
 * Characters that may start or change Markdown anywhere in a line: escapes, code, emphasis, links and images,
 * entities; tabs and NUL, which micromark rewrites (tab stops, U+FFFD). `<` is checked line by line.
 */
const INLINE_SYNTAX = /[\\`*_[\]&\t\0]/;

/** `<` before an ASCII character or the end of a line may open HTML or an autolink; before `中` it is just text. */
const ANGLE_SYNTAX = /<(?:[\x00-\x7f]|$)/;

/**
 * A line that could open something other than a paragraph: an indented line (indented code, or indentation remark
 * strips), block quote, bullet or ordered list item, thematic break or setext underline (`---`, `-- --`, `===`), TOML front
 * matter, fenced code, HTML. (`*`, `_`, `` ` `` and `[` are ruled out anywhere.) `--我们` or `<中华人民共和国…>`
 * are prose.
 */
const BLOCK_START = /^(?: |>|[-+](?: |$)|-[- ]*$|=+$|\+\+\+$|~~~|<[\x00-\x7f]|<$|\d{1,9}[.)](?: |$))/;

/** The delimiter row of a GFM table (`| --- | :--: |`, `--|--`): a table, which remark builds. */
const TABLE_DELIMITER = /^(?=[^\n]*\|)[ \t]*[|:-][|:\- \t]*$/m;

/**
 * U+2028 and U+2029 end lines for patterns with the `m` flag, not for Markdown: TABLE_DELIMITER's look-ahead ran
 * from each of them to the end of the text (quadratic). Rare enough to leave to remark.
 */
const UNICODE_LINE_BREAK = /[\u2028\u2029]/;

/**
 * The mdast remark-parse would produce for `text`, or null when the text uses any Markdown beyond ATX headings,
 * paragraphs of unmarked prose (no leading or trailing spaces, no tabs, no lone `\r`) and HTML comment blocks.
 */
export function plainMarkdownTree(text: string): Root | null {
  // micromark drops a byte order mark at the start.
  if (INLINE_SYNTAX.test(text) || hasLoneCarriageReturn(text) || UNICODE_LINE_BREAK.test(text) || text.charCodeAt(0) === 0xfeff) {
    return null;
  }
  if (text.includes('|') && TABLE_DELIMITER.test(text)) return null;
  const mayHaveHtml = text.includes('<');
  const children: RootContent[] = [];
  let paragraph: Position | null = null;
  let comment: Point | null = null;
  const closeParagraph = () => {
    if (!paragraph) return;
    const value = text.slice(paragraph.start.offset!, paragraph.end.offset!);
    const node: Paragraph = { type: 'paragraph', children: [{ type: 'text', value, position: copy(paragraph) }], position: paragraph };
    children.push(node);
    paragraph = null;
  };

  let offset = 0;
  let line = 1;
  for (;;) {
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    const contentEnd = end > offset && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const content = text.slice(offset, contentEnd);
    const lineEnd: Point = { line, column: content.length + 1, offset: contentEnd };

    if (comment) {
      // An HTML comment block runs to the end of the line that holds `-->`.
      if (content.includes('-->')) {
        children.push(htmlNode(text, { start: comment, end: lineEnd }));
        comment = null;
      }
    } else if (content.length === 0) {
      closeParagraph();
    } else if (mayHaveHtml && content.startsWith('<!--')) {
      // A comment block interrupts a paragraph; `<!-->` and `<!--->` are the odd empty comments, left to remark.
      if (content.startsWith('<!-->') || content.startsWith('<!--->')) return null;
      closeParagraph();
      const start: Point = { line, column: 1, offset };
      if (content.indexOf('-->', 4) !== -1) children.push(htmlNode(text, { start, end: lineEnd }));
      else comment = start;
    } else if (mayHaveHtml && ANGLE_SYNTAX.test(content)) {
      return null;
    } else if (content.charCodeAt(0) === 35 /* # */) {
      const heading = atxHeading(content);
      // A heading ending in `#` may have a closing sequence, which remark strips.
      if (!heading || heading.value?.endsWith('#')) return null;
      closeParagraph();
      children.push(headingNode(heading.depth, heading.value, heading.textStart, { start: { line, column: 1, offset }, end: lineEnd }));
    } else if (content.charCodeAt(content.length - 1) === 32 || BLOCK_START.test(content)) {
      // Trailing spaces in a paragraph are stripped by remark, or make a hard break.
      return null;
    } else if (paragraph) {
      paragraph.end = lineEnd;
    } else {
      paragraph = { start: { line, column: 1, offset }, end: lineEnd };
    }
    if (end === text.length) break;
    offset = end + 1;
    line++;
  }
  // An unclosed comment runs to the end of the document; rare enough to leave to remark.
  if (comment) return null;
  closeParagraph();
  const end: Point = { line, column: text.length - (text.lastIndexOf('\n') + 1) + 1, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
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

/** A heading; its text, if any, starts at `textStart` in the line. */
function headingNode(depth: number, value: string | undefined, textStart: number, position: Position): Heading {
  const node: Heading = { type: 'heading', depth: depth as Heading['depth'], children: [], position };
  if (value !== undefined) {
    const { line, offset } = position.start;
    const start: Point = { line, column: textStart + 1, offset: offset! + textStart };
    const end: Point = { line, column: textStart + value.length + 1, offset: offset! + textStart + value.length };
    node.children.push({ type: 'text', value, position: { start, end } });
  }
  return node;
}

function htmlNode(text: string, position: Position): Html {
  return { type: 'html', value: text.slice(position.start.offset!, position.end.offset!), position };
}

function copy(p: Position): Position {
  return { start: { ...p.start }, end: { ...p.end } };
}
