// Stated counts (三大领域, 5个产业链, “四大行动”) and the enumeration each one sums up, found only where the
// enumeration is unambiguous: a 、-list in the same clause before the count, a bracketed or colon-led list
// right after it, 一是…二是… after a colon, or the numbered sub-items of a heading that states the count.
import type { Block } from '../../document/block.js';
import { segmentWords } from '../../document/segmentation.js';
import type { PolicyDocument } from '../../document/document.js';
import { STYLE_ORDER, type NumberedBlock } from '../../document/numbering.js';
import { COUNT_NUMERAL_CLASS, FIGURE_CHAR, hasDigit, isChineseCount, parseNumeral, PLURAL_COUNT_CLASS } from '../../quantity/numerals.js';
import words from './enumeration-words.json' with { type: 'json' };
import { longestFirstAlternation } from '../../regexp.js';
import { firstAtOrAfter } from '../../sorted.js';

export interface StatedCount {
  block: Block;
  /** Offsets of the numeral and classifier (`三大`) in `block.text`. */
  start: number;
  end: number;
  value: number;
  /** The count with the noun it counts (`三大领域`, `四大行动`), for messages. */
  label: string;
  classifier: string;
  /** True when a noun follows (三大领域) or the classifier is one (四县): the count is attributive. */
  countsANoun: boolean;
  /** Written in quotes (“四大行动”). */
  quoted: boolean;
}

export interface EnumerationItems {
  /** Where the items stand: one block range, or the first and last sub-item blocks. */
  from: { block: Block; offset: number };
  to: { block: Block; offset: number };
}

export interface Enumeration {
  count: StatedCount;
  form: 'before' | 'bracket' | 'colon' | 'ordinals' | 'subsections';
  items: EnumerationItems;
  /** How many items were named: `和` inside the last name (电子陶瓷和人工晶体) may or may not join two. */
  min: number;
  max: number;
  /** Closed by 等: the names may be fewer than the count, never more. */
  open: boolean;
}

const COUNT = new RegExp(`(?:([0-9]{1,2})|(${COUNT_NUMERAL_CLASS}{1,3}))(${longestFirstAlternation(words.classifiers)})`, 'g');
const NOT_BEFORE = new RegExp(`(?:${longestFirstAlternation(words.notCountBefore)})$`);
const NOT_AFTER = new RegExp(`^(?:${longestFirstAlternation(words.notCountAfter)})`);
const JOINERS = new RegExp(longestFirstAlternation(words.joiners), 'g');
const JOINER_TEST = new RegExp(longestFirstAlternation(words.joiners));
/** A name that holds a count of its own (两条道路, “四个意识”, 49家); 一个 is as often an article. */
const COUNT_LIKE = new RegExp(`(?:[0-9]|${PLURAL_COUNT_CLASS})(?:${longestFirstAlternation(words.classifiers)})`);
const OPEN_LIST = new RegExp(`(?:${longestFirstAlternation(words.openLists)})$`);
const NOT_EXHAUSTIVE = new RegExp(`^(?:${longestFirstAlternation(words.notExhaustive)})`);
const LABEL_STOP = new RegExp(`^(?:${longestFirstAlternation(words.labelStops)})`);
const TASK_VERB = new RegExp(`^(?:${longestFirstAlternation(words.taskVerbs)})`);
const OBJECT_VERB = new RegExp(longestFirstAlternation(words.objectVerbs));
const AGENT = new RegExp(`^(?:${longestFirstAlternation(words.agentPrefixes)})`);
const INTRODUCER = new RegExp(
  `^[，,]?(?:(${longestFirstAlternation(words.listIntroducers.closed)})|(${longestFirstAlternation(words.listIntroducers.open)}))[：:]?`,
);
/** What may stand between quoted names (“强基”“扩容”、“提质”). */
const QUOTE_SEPARATOR = /[\s、，,]/;
const MAX_QUOTED_NAME = 30;
const NOUN_CLASSIFIERS = new Set(words.nounClassifiers);
const NOT_IN_NAMES = new RegExp(longestFirstAlternation(words.notInNames));
const CLAUSE_STOP = new Set([...'，,。；;：:！？!?\n']);
const QUOTES = new Set([...'“”‘’"']);
// Character codes, for the walks over a list's characters (no one-character strings).
const codes = (chars: Iterable<string>): Set<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const OPENER_CODES = codes('（(【《〈「[');
const CLOSER_CODES = codes('）)】》〉」]');
const CLAUSE_STOP_CODES = codes(CLAUSE_STOP);
const QUOTE_CODES = codes(QUOTES);
const ENUMERATION_COMMA = '、'.charCodeAt(0);
/** A name in a list is a short noun phrase; a longer stretch is prose, and the list is not one we can count. */
const MAX_ITEM = 30;
const MAX_NOUN = 12;
/** How far a list may reach from its count, in characters and in blocks: longer is no clear list (and stays linear). */
const MAX_LIST = 400;
const MAX_SUB_ITEM_BLOCKS = 300;
/** What a heading may say after its counted noun (加快崛起). */
const MAX_TITLE_TAIL = 4;
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

export function enumerationsOf(doc: PolicyDocument): readonly Enumeration[] {
  return doc.analysis('enumerations', findEnumerations);
}

function findEnumerations(doc: PolicyDocument): Enumeration[] {
  const out: Enumeration[] = [];
  const numberedByBlock = new Map(doc.numbered.map((n) => [n.block.index, n]));
  for (const block of doc.blocks) {
    const text = block.text;
    COUNT.lastIndex = 0;
    const counts: StatedCount[] = [];
    for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
      const count = readCount(block, m);
      if (count) counts.push(count);
    }
    if (counts.length === 0) continue;
    const numbered = numberedByBlock.get(block.index);
    const places = new Places(text);
    for (const count of counts) {
      const found =
        listBefore(count, numbered?.markerEnd ?? 0) ??
        listAfter(count, places) ??
        (counts.length === 1 && titleCounts(block, numbered, count) ? subItems(doc, count, numbered ?? null, numberedByBlock) : null);
      if (found) out.push(found);
    }
  }
  return out;
}

function readCount(block: Block, m: RegExpExecArray): StatedCount | null {
  const text = block.text;
  const start = m.index;
  const end = start + m[0].length;
  // Part of a longer figure (十四个, 2035个), an ordinal (第三个) or a vague or relative count (前三大, 数十个).
  if (start > 0 && FIGURE_CHAR.test(text[start - 1]!)) return null;
  if (NOT_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return null;
  if (NOT_AFTER.test(text.slice(end, end + 2))) return null;
  // 一两个, 三四项: a rough count, not a figure (and not a digit-by-digit numeral).
  if (m[2] !== undefined && !isChineseCount(m[2])) return null;
  const value = parseNumeral(m[1] ?? m[2]!)?.value;
  if (value === undefined || !Number.isInteger(value) || value < 2) return null;
  let nounEnd = end;
  while (nounEnd < text.length && nounEnd - end < MAX_NOUN && /[\p{Script=Han}0-9]/u.test(text[nounEnd]!)) {
    if (LABEL_STOP.test(text.slice(nounEnd, nounEnd + 2))) break;
    nounEnd++;
  }
  const classifier = m[3]!;
  return {
    block,
    start,
    end,
    value,
    label: text.slice(start, nounEnd),
    classifier,
    countsANoun: nounEnd > end || NOUN_CLASSIFIERS.has(classifier),
    quoted: text[start - 1] === '“',
  };
}

/** `A、B和C三大领域`, `A、B等5个产业链`, `A、B、C“三大行动”`: the 、-list of the same clause, just before. */
function listBefore(count: StatedCount, floor: number): Enumeration | null {
  const text = count.block.text;
  // 印染厂十五个，: a figure, not a count of the names before it.
  if (!count.countsANoun) return null;
  let j = count.start;
  if (count.quoted) j--;
  const anaphoric = text[j - 1] === '这';
  if (anaphoric) j--;
  const open = OPEN_LIST.test(text.slice(Math.max(0, j - 2), j));
  if (open) j -= 1;
  // The count must follow a name, not a separator (以邓小平理论和“三个代表”: the count is itself an item).
  const last = text[j - 1];
  if (last === '”') return quotedItems(count, floor, j, open);
  if (last === undefined || last === '、' || CLAUSE_STOP.has(last) || QUOTES.has(last) || /[和及与或]/.test(last)) return null;
  // Most counts follow no list: a native search of the stretch before spares them the walk below.
  if (!text.slice(Math.max(floor, j - MAX_LIST), j).includes('、')) return null;
  const segments: [number, number][] = [];
  let depth = 0;
  let segEnd = j;
  let k = j - 1;
  for (; k >= floor; k--) {
    if (j - k > MAX_LIST) return null;
    const c = text.charCodeAt(k);
    if (CLOSER_CODES.has(c)) depth++;
    else if (OPENER_CODES.has(c)) {
      if (depth === 0) break; // the count stands inside brackets: the clause starts here
      depth--;
    } else if (depth === 0) {
      if (CLAUSE_STOP_CODES.has(c)) break;
      if (QUOTE_CODES.has(c)) return null; // quoted slogans (坚定“四个自信”) are names of their own
      if (c === ENUMERATION_COMMA) {
        segments.unshift([k + 1, segEnd]);
        segEnd = k;
      }
    }
  }
  if (depth !== 0) return null;
  segments.unshift([k + 1, segEnd]);
  if (segments.length < 2) return null;
  // 各地区、各部门全面推行“三项制度”: the names are who acts, not what is counted.
  if (segments.slice(1).every(([s]) => AGENT.test(text.slice(s).trimStart()))) return null;
  // 医疗、养老服务覆盖23个乡镇, 资源辐射周边5个县: the count is what the verb reaches, not the names before it.
  const lastName = text.slice(segments[segments.length - 1]![0], segments[segments.length - 1]![1]);
  if (OBJECT_VERB.test(lastName)) return null;
  // 交通、生态沪苏两地协同, 中美两国: one-character abbreviations glued to the count are the places it counts.
  if (NOUN_CLASSIFIERS.has(count.classifier) && gluedAbbreviations(lastName, count.value)) return null;
  // Two names say little about the shape of a list: only a count that plainly sums up (两大领域, 等两个, 这两个).
  if (segments.length === 2 && !(count.classifier === '大' || open || anaphoric || count.quoted || NOUN_CLASSIFIERS.has(count.classifier))) {
    return null;
  }
  return closeList(count, 'before', segments, open);
}

/**
 * The name ends, after other words, in `n` one-character words (生态|沪|苏 before 两地) or in one word of `n`
 * characters (人文|中俄 before 两国): abbreviated places glued to the count, which is what counts them.
 */
function gluedAbbreviations(name: string, n: number): boolean {
  const words = segmentWords(name.trimEnd()).filter((w) => w.isWordLike);
  const last = words[words.length - 1];
  if (!last || words.length < 2) return false;
  if (n >= 2 && last.text.length === n) return true;
  return words.length > n && words.slice(-n).every((w) => w.text.length === 1 && /\p{Script=Han}/u.test(w.text));
}

/** `“强基”“扩容”“提质”三大行动`: quoted names just before the count, with or without 、 between them. */
function quotedItems(count: StatedCount, floor: number, j: number, open: boolean): Enumeration | null {
  const text = count.block.text;
  const from = quotedRunStart(text, floor, j);
  if (from === -1) return null;
  // “甲”、乙、“丙”: an unquoted name before the run belongs to the list too, and we cannot count that mixture.
  if (text[from - 1] === '、') return null;
  const segments: [number, number][] = [];
  const item = /“([^“”\n]{1,30})”/g;
  const run = text.slice(from, j);
  for (let m = item.exec(run); m; m = item.exec(run)) segments.push([from + m.index + 1, from + m.index + m[0].length - 1]);
  return closeList(count, 'before', segments, open);
}

/**
 * Where the run of two or more quoted names (of 1 to 30 characters, separators after each) that ends at `j` starts,
 * or -1; -1 too for a run longer than MAX_LIST, as for the other lists. Walked back from `j`: a pattern ending in
 * `$` was tried from every quote before it, and every quoted count (“三大行动”“三大行动”…) searched the block again
 * from its start (quadratic).
 */
function quotedRunStart(text: string, floor: number, j: number): number {
  let start = -1;
  let items = 0;
  for (let k = j; ; ) {
    let close = k;
    while (close > floor && QUOTE_SEPARATOR.test(text[close - 1]!)) close--;
    if (close <= floor || text[--close] !== '”') break;
    let open = close - 1;
    while (open >= floor && close - open <= MAX_QUOTED_NAME + 1 && !'“”\n'.includes(text[open]!)) open--;
    if (open < floor || text[open] !== '“' || close - open < 2 || close - open > MAX_QUOTED_NAME + 1) break;
    if (j - open > MAX_LIST) return -1;
    items++;
    start = k = open;
  }
  return items >= 2 ? start : -1;
}

/** `“六个一”（A、B、…）`, `三大产业：A、B、C。`, `三个方面：一是…；二是…`: a list right after the counted noun. */
function listAfter(count: StatedCount, places: Places): Enumeration | null {
  const text = count.block.text;
  let i = count.start + count.label.length;
  if (text[i] === '”') i++;
  const c = text[i];
  // “六个一”（…）: a slogan and what it stands for. 29个省（区、市） explains the noun and lists nothing.
  if ((c === '（' || c === '(') && count.quoted) {
    const close = matchingClose(text, i);
    if (close === -1) return null;
    const inner = text.slice(i + 1, close);
    if (NOT_EXHAUSTIVE.test(inner) || /[，,；;。：:“”]/.test(inner)) return null;
    const segments = splitTopLevel(text, i + 1, close);
    const open = OPEN_LIST.test(inner);
    if (open) segments[segments.length - 1]![1] -= 1;
    return segments.length < 2 ? null : closeList(count, 'bracket', segments, open);
  }
  const introduced = count.label.length > count.end - count.start ? INTRODUCER.exec(text.slice(i)) : null;
  if ((c !== '：' && c !== ':' && !introduced) || count.label.length === count.end - count.start) return null;
  const from = introduced ? i + introduced[0].length : i + 1;
  // 十大工程，包括A、B: 包括 may name only some of them.
  const partial = introduced?.[2] !== undefined;
  if (text.startsWith('一是', from) || text.startsWith('第一', from)) return ordinals(count, from, places);
  let to = from;
  while (to < text.length && !/[。；;\n]/.test(text[to]!)) if (++to - from > MAX_LIST) return null;
  const inner = text.slice(from, to);
  // 报告分六个部分：一、…；二、…: numbered parts, not names.
  if (inner.length === 0 || NOT_EXHAUSTIVE.test(inner) || /[，,：:“”]/.test(inner) || FIGURE_CHAR.test(inner[0]!)) return null;
  const segments = splitTopLevel(text, from, to);
  const open = partial || OPEN_LIST.test(inner);
  if (open) segments[segments.length - 1]![1] -= 1;
  return segments.length < 2 ? null : closeList(count, 'colon', segments, open);
}

/** 一是…；二是…；三是…: the run of consecutive ordinals after the colon, in the same paragraph. */
function ordinals(count: StatedCount, from: number, places: Places): Enumeration | null {
  const text = count.block.text;
  const style = text.startsWith('一是', from) ? (n: string) => `${n}是` : (n: string) => `第${n}`;
  let n = 1;
  let lastAt = from;
  for (let at = from; n < ORDINALS.length; n++) {
    const next = places.next(style(ORDINALS[n]!), at + 1);
    // Each ordinal opens a clause; another 一是 starts another list.
    if (next === -1 || !/[，,；;。：:\s]/.test(text[next - 1]!)) break;
    const restart = places.next(style(ORDINALS[0]!), at + 1);
    if (restart !== -1 && restart < next) break;
    at = lastAt = next;
  }
  if (n < 2) return null;
  const end = SENTENCE_ENDS.map((c) => places.next(c, lastAt)).reduce((a, b) => (b !== -1 && (a === -1 || b < a) ? b : a), -1);
  // Writers often go on without ordinals (一是…二是…另一类是…): only more ordinals than the count is sure.
  return { count, form: 'ordinals', items: span(count.block, from, end === -1 ? text.length : end), min: n, max: n, open: true };
}

const SENTENCE_ENDS = [...'。；;\n'];

/**
 * Where given words (一是, 二是, 第三…, 。) stand in a block, each listed once when first asked for: a paragraph of
 * thousands of counts followed by 一是 and no 。 was searched to its end (for 四是, for the sentence end) once per
 * count, which was quadratic.
 */
class Places {
  private readonly lists = new Map<string, number[]>();

  constructor(private readonly text: string) {}

  /** The first place of `word` at or after `from`, or -1 (as text.indexOf). */
  next(word: string, from: number): number {
    let list = this.lists.get(word);
    if (!list) {
      list = [];
      for (let k = this.text.indexOf(word); k !== -1; k = this.text.indexOf(word, k + 1)) list.push(k);
      this.lists.set(word, list);
    }
    const k = firstAtOrAfter(list, from);
    return k < list.length ? list[k]! : -1;
  }
}

/** A heading that states a count, and the sub-items under it: numbered one level down, or lines led by ——. */
function subItems(
  doc: PolicyDocument,
  count: StatedCount,
  heading: NumberedBlock | null,
  numberedByBlock: ReadonlyMap<number, NumberedBlock>,
): Enumeration | null {
  const blocks = doc.blocks;
  const first = count.block.index + 1;
  if (first >= blocks.length) return null;
  if (/^——/.test(blocks[first]!.text)) {
    let last = first;
    while (last + 1 < blocks.length && last - first < MAX_SUB_ITEM_BLOCKS && /^——/.test(blocks[last + 1]!.text)) last++;
    const n = last - first + 1;
    if (n < 2) return null;
    return { count, form: 'subsections', items: blockSpan(blocks[first]!, blocks[last]!), min: n, max: n, open: false };
  }
  const headingRank = heading ? STYLE_ORDER.indexOf(heading.style) : -1;
  // The first sub-item comes straight after the heading, or after one lead-in paragraph.
  const start = [first, first + 1].map((i) => numberedByBlock.get(i)).find((n) => n !== undefined);
  if (!start || start.value !== 1 || STYLE_ORDER.indexOf(start.style) <= headingRank) return null;
  if (start.block.index === first + 1 && blocks[first]!.kind === 'heading') return null;
  let n = 1;
  let lastItem = start;
  for (let i = start.block.index + 1; i < Math.min(blocks.length, start.block.index + MAX_SUB_ITEM_BLOCKS); i++) {
    const block = blocks[i]!;
    if (block.kind === 'heading' && count.block.kind === 'heading' && block.depth <= count.block.depth) break;
    const item = numberedByBlock.get(i);
    if (!item) continue;
    const rank = STYLE_ORDER.indexOf(item.style);
    if (rank <= headingRank) break;
    if (item.style !== start.style) continue;
    // A restart at 1 is another list (or a heading that was lost in between): the items end here.
    if (item.value !== n + 1) break;
    n++;
    lastItem = item;
  }
  if (n < 2) return null;
  return { count, form: 'subsections', items: blockSpan(start.block, lastItem.block), min: n, max: n, open: false };
}

function closeList(count: StatedCount, form: Enumeration['form'], segments: [number, number][], open: boolean): Enumeration | null {
  const text = count.block.text;
  const names = segments.map(([s, e]) => text.slice(s, e).trim());
  if (names.some((name) => name.length === 0)) return null;
  // Names after the first (the first carries the clause's verb) are short noun phrases: not tasks
  // (推进A、B三大产业 lists two, not three), not prose (…共有三十九个), not figures (A35家、B30家).
  const named = form === 'before' ? names.slice(1) : names;
  if (named.some((name) => name.length > MAX_ITEM || TASK_VERB.test(name) || NOT_IN_NAMES.test(name) || hasDigit(name))) return null;
  if (names.some((name) => COUNT_LIKE.test(name))) return null;
  // “六个一”: each item is a 一-phrase (一个项目、一名领导); a list of other things before “五个一工程” is not its content.
  if (text[count.end] === '一' && !names.every((name, i) => (i === 0 && form === 'before') || name.startsWith('一'))) return null;
  // 省示范性产业园、省十大重点园区: a one-character "name" is a prefix, unless all names are that short (北、东、南).
  const lengths = names.slice(1).map((name) => name.length);
  if (lengths.includes(1) && (lengths.some((l) => l > 1) || names.length < 3)) return null;
  // 村庄、集镇总体规划和村庄、集镇建设规划: two lists sharing their names (X、Y P 和 X、Y Q), not four names.
  if (names.some((name, i) => i > 0 && sharesNamesWithEarlier(name, names.slice(0, i)))) return null;
  let joins = 0;
  for (const name of names) joins += name.match(JOINERS)?.length ?? 0;
  const first = segments[0]!;
  const lastSegment = segments[segments.length - 1]!;
  return {
    count,
    form,
    items: span(count.block, first[0], lastSegment[1]),
    min: names.length,
    max: names.length + joins,
    open,
  };
}

function sharesNamesWithEarlier(name: string, earlier: readonly string[]): boolean {
  const joiner = JOINER_TEST.exec(name);
  if (!joiner) return false;
  const after = name.slice(joiner.index + joiner[0].length);
  return after.length > 0 && earlier.some((e) => e.endsWith(after));
}

/**
 * A heading whose subject is the counted noun (打造新能源新材料三大千亿产业, 推动三大重点发展产业加快崛起), so the
 * sub-items are what it counts; not one that mentions a count in passing (打好四个现代化的第一个战役).
 */
function titleCounts(block: Block, numbered: NumberedBlock | undefined, count: StatedCount): boolean {
  if (!(numbered ? numbered.isHeading : block.kind === 'heading')) return false;
  if (count.start < (numbered?.markerEnd ?? 0) || !count.countsANoun) return false;
  const rest = block.text.slice(count.start + count.label.length).replace(/[。.：:\s]+$/, '');
  return rest.length <= MAX_TITLE_TAIL && !/[的第之，、]/.test(rest);
}

/** Splits [from, to) at top-level 、 (not inside brackets or 《》). */
function splitTopLevel(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let segStart = from;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (OPENER_CODES.has(c)) depth++;
    else if (CLOSER_CODES.has(c)) depth = Math.max(0, depth - 1);
    else if (c === ENUMERATION_COMMA && depth === 0) {
      out.push([segStart, k]);
      segStart = k + 1;
    }
  }
  out.push([segStart, to]);
  return out;
}

function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < text.length && k - open <= MAX_LIST; k++) {
    const c = text.charCodeAt(k);
    if (OPENER_CODES.has(c)) depth++;
    else if (CLOSER_CODES.has(c) && --depth === 0) return k;
  }
  return -1;
}

function span(block: Block, from: number, to: number): EnumerationItems {
  return { from: { block, offset: from }, to: { block, offset: to } };
}

function blockSpan(first: Block, last: Block): EnumerationItems {
  return { from: { block: first, offset: 0 }, to: { block: last, offset: last.text.length } };
}
