// Numbered blocks (一、 （一） 1. （1） 第一章 …) and the section tree they imply (GB/T 9704-2012 order).
import type { Block } from './block.js';
import { DIGIT_CLASS, ORDINAL_NUMERAL_CLASS, parseChineseInteger, toHalfWidthDigits } from '../quantity/numerals.js';

export type NumberingStyle =
  | 'chapter' // 第一章 第一部分 第一编
  | 'cn' // 一、
  | 'cn-paren' // （一）
  | 'arabic' // 1. 1、 1．
  | 'arabic-paren'; // （1）

/** The GB/T 9704-2012 nesting order, outermost first. */
export const STYLE_ORDER: readonly NumberingStyle[] = ['chapter', 'cn', 'cn-paren', 'arabic', 'arabic-paren'];

export interface NumberedBlock {
  block: Block;
  style: NumberingStyle;
  value: number;
  /** The marker as written (`一、`, `（三）`, `2.`), with its end offset in the block text. */
  marker: string;
  markerEnd: number;
  /** Separator after an Arabic number: `.`, `、` or `．`. */
  separator?: string;
  /** A heading line (Markdown heading, or a short line with no sentence after its title). */
  isHeading: boolean;
  title: string;
}

const CN = `${ORDINAL_NUMERAL_CLASS}+`;
const D = DIGIT_CLASS;
// 3、12个园区 is item 3 (、 never stands in a decimal); 3.5亿 is no item 3.
const MARKER = new RegExp(
  `^(?:(第${CN})(章|部分|编|节)\\s*|(${CN})、|[（(](${CN})[）)]|(${D}{1,3})(、|[.．](?!${D}))|[（(](${D}{1,3})[）)])`,
);

/** First characters a marker can start with (第, a numeral, a bracket, a digit): most blocks start otherwise. */
const MARKER_START = new Set(
  [...`第（(${ORDINAL_NUMERAL_CLASS.slice(1, -1)}0123456789０１２３４５６７８９`].map((c) => c.charCodeAt(0)),
);

export function numberingOf(block: Block): NumberedBlock | null {
  if (!MARKER_START.has(block.text.charCodeAt(0))) return null;
  const m = MARKER.exec(block.text);
  if (!m) return null;
  let style: NumberingStyle;
  let value: number | null;
  let separator: string | undefined;
  if (m[1]) {
    style = 'chapter';
    value = parseChineseInteger(m[1].slice(1));
  } else if (m[3]) {
    style = 'cn';
    value = parseChineseInteger(m[3]);
  } else if (m[4]) {
    style = 'cn-paren';
    value = parseChineseInteger(m[4]);
  } else if (m[5]) {
    style = 'arabic';
    value = Number(toHalfWidthDigits(m[5]));
    separator = m[6];
  } else {
    style = 'arabic-paren';
    value = Number(toHalfWidthDigits(m[7]!));
  }
  if (value === null || !Number.isFinite(value)) return null;
  const markerEnd = m[0].length;
  const rest = block.text.slice(markerEnd);
  const firstStop = rest.search(/[。！？；]/);
  const title = (firstStop === -1 ? rest : rest.slice(0, firstStop)).trim();
  const isHeading =
    block.kind === 'heading' || (rest.length <= 40 && (firstStop === -1 || firstStop === rest.length - 1));
  return { block, style, value, marker: m[0], markerEnd, separator, isHeading, title };
}

export interface Section {
  /** The heading block; null for the part before the first heading. */
  heading: NumberedBlock | null;
  /** Nesting depth, 0 for the top level. */
  level: number;
  /** Block indices [first, end) that belong to the section itself, subsections included. */
  blockStart: number;
  blockEnd: number;
  parent: Section | null;
  children: Section[];
}

/**
 * Builds the section tree from numbered headings. Markdown headings without a number nest by depth;
 * numbered ones nest by their style's place in STYLE_ORDER relative to the styles already open.
 */
export function buildSections(blocks: readonly Block[], numbered: readonly NumberedBlock[]): Section[] {
  const root: Section = { heading: null, level: -1, blockStart: 0, blockEnd: blocks.length, parent: null, children: [] };
  const byBlock = new Map(numbered.map((n) => [n.block.index, n]));
  const stack: { section: Section; rank: number }[] = [{ section: root, rank: -1 }];
  for (const block of blocks) {
    const n = byBlock.get(block.index);
    const isHeading = n ? n.isHeading : block.kind === 'heading';
    if (!isHeading) continue;
    // Markdown depth ranks first; otherwise the numbering style decides.
    const rank = block.kind === 'heading' ? block.depth * 10 : 100 + STYLE_ORDER.indexOf(n!.style);
    while (stack.length > 1 && stack[stack.length - 1]!.rank >= rank) {
      stack.pop()!.section.blockEnd = block.index;
    }
    const parent = stack[stack.length - 1]!.section;
    const section: Section = {
      heading: n ?? null,
      level: stack.length - 1,
      blockStart: block.index,
      blockEnd: blocks.length,
      parent,
      children: [],
    };
    parent.children.push(section);
    stack.push({ section, rank });
  }
  return root.children;
}
