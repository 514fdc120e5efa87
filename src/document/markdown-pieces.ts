// A Markdown document whose markup sits in a few of its paragraphs is mostly blocks plain-markdown.ts builds; only
// the runs of blocks with markup need remark. So the text is cut where a block cannot depend on the one before it
// (a blank line, then a line that can only open a block of its own), each piece is built alone, the plain ones
// directly and the others by remark, and the trees are joined. test/document/markdown-pieces.test.ts checks that
// the tree is the one remark builds from the whole text.
import type { Nodes, Root, RootContent } from 'mdast';
import { mayOpenWithFrontMatter } from './markdown-signals.js';
import { plainMarkdownTree } from './plain-markdown.js';

/**
 * What ties pieces together or moves their positions: a definition, referred to from anywhere; a fence or an HTML
 * block, which runs across blank lines; a lone CR (a line ending of its own); a byte order mark.
 */
const UNCUTTABLE = /^ {0,3}(?:\[[^\]\n]*\]:|```|~~~|<)|\r(?!\n)|\uFEFF/m;

/**
 * A blank line, then a line that continues nothing above it: not indented (list item content, indented code), not
 * a quote, list or fence marker (a list goes on after a blank line), not another blank line.
 */
const CUT = /\n\r?\n(?=[^ \t>\-+*0-9`~<\r\n])/g;

/**
 * The mdast of `text` built piece by piece (`parse` builds the pieces that are not plain), or null when the text
 * cannot be cut or is one piece.
 */
export function markdownTreeByPieces(text: string, parse: (text: string) => Root): Root | null {
  if (UNCUTTABLE.test(text)) return null;
  const head = frontMatterEnd(text);
  if (head === null) return null;
  const starts: { offset: number; line: number }[] = [{ offset: 0, line: 1 }];
  let line = 1;
  let counted = 0;
  CUT.lastIndex = head;
  for (let cut = CUT.exec(text); cut; cut = CUT.exec(text)) {
    const offset = cut.index + cut[0].length;
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    counted = offset;
    starts.push({ offset, line });
  }
  if (starts.length === 1) return null;

  const children: RootContent[] = [];
  let last: Root | undefined;
  const add = (tree: Root, from: { offset: number; line: number }) => {
    for (const node of tree.children) shift(node, from.line - 1, from.offset);
    shift(tree, from.line - 1, from.offset);
    children.push(...tree.children);
    last = tree;
  };
  // A run of pieces that are not plain, parsed by remark in one call.
  let pending: { offset: number; line: number } | null = null;
  const flush = (end: number) => {
    if (pending) add(parse(text.slice(pending.offset, end)), pending);
    pending = null;
  };
  starts.forEach((start, i) => {
    const end = starts[i + 1]?.offset ?? text.length;
    const plain = plainMarkdownTree(text.slice(start.offset, end));
    if (plain) {
      flush(start.offset);
      add(plain, start);
    } else {
      pending ??= start;
    }
  });
  flush(text.length);
  // The last piece ends where the text does.
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: last!.position!.end } };
}

/**
 * Where the front matter the text opens with ends (0 without one), or null when it is left open: read as front
 * matter, an unclosed fence changes how everything under it is read.
 */
function frontMatterEnd(text: string): number | null {
  const fence = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text)?.[1];
  if (!fence) return mayOpenWithFrontMatter(text) ? null : 0;
  const close = new RegExp(`\\n${fence === '+++' ? '\\+\\+\\+' : '---'}[ \\t]*(?:\\r?\\n|$)`).exec(text);
  return close ? close.index + close[0].length : null;
}

/** Moves a node parsed from a piece to the piece's place: pieces start at line starts, so columns stay. */
function shift(node: Nodes, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    position.start.line += lines;
    position.end.line += lines;
    position.start.offset! += offset;
    position.end.offset! += offset;
  }
  if (node.type !== 'root' && 'children' in node) for (const child of node.children) shift(child, lines, offset);
}
