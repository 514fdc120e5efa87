// Whose goals a document states (全国, 上海, 江门): read from its title and issuing lines. Goals of different
// jurisdictions are never compared across documents (a province's plan and a city's plan both have 2025 targets).
import type { Block } from '../../document/block.js';
import type { PolicyDocument } from '../../document/document.js';
import { escapeRegExp, longestFirstAlternation } from '../../regexp.js';
import data from './jurisdiction.json' with { type: 'json' };

/** `national`, a place name without its suffix (`上海`, `江门`), or null when the document does not say. */
export function jurisdictionOf(doc: PolicyDocument): string | null {
  return doc.analysis('goal-consistency:jurisdiction', findJurisdiction);
}

/** The blocks that name the issuer: title, addressees, issuing note at the top; signature at the end. */
const HEAD_BLOCKS = 8;
const TAIL_BLOCKS = 4;
/** A title or issuing line; longer blocks are prose, where any place may be mentioned. */
const SHORT_BLOCK = 80;

const SUFFIX = `(?:${longestFirstAlternation(data.placeSuffixes)})`;
const NOT_START = `(?![${data.notPlaceStarts.map(escapeRegExp).join('')}])`;
// One level of a place (江门市): a first character that can start a name, up to four more, a suffix. A lower
// level after it (浦东新区 in 上海市浦东新区) is short: 上海市促进浦东新区 is a title about a place, not in it.
const FIRST_LEVEL = `[\\u4e00-\\u9fff]{2,5}?${SUFFIX}`;
const LOWER_LEVEL = `${NOT_START}[\\u4e00-\\u9fff]{2,3}?${SUFFIX}`;
/**
 * Levels below the first: three at most (广东省广州市黄埔区 has two). Bounded: suffixes are Chinese characters too, so a run
 * like 州盟州盟… splits into levels in exponentially many ways, and `(?:LOWER_LEVEL)*` tried them all when what
 * follows failed (80 characters took seconds, each 10 more about seven times as long).
 */
const MAX_LOWER_LEVELS = 3;
const LOWER_LEVELS = `(?:${LOWER_LEVEL}){0,${MAX_LOWER_LEVELS}}`;
const CHAIN = `(${NOT_START}${FIRST_LEVEL}${LOWER_LEVELS})`;
const ORGAN = `(?:第[一二三四五六七八九十]+届)?(?:${longestFirstAlternation(data.organs)})`;
/** 日照市… at the start of the title (any first character: 日照, 全椒). */
const TITLE_PLACE = new RegExp(`^(?:关于)?(${FIRST_LEVEL}${LOWER_LEVELS})(?!场)`);
/** 《江门市…方案》 quoted in an issuing note. */
const QUOTED_PLACE = new RegExp(`《${CHAIN}(?!场)`);
/**
 * 上海市人民政府, 北京市第十五届人民代表大会, 中共眉山市委: the place starts where a word that can stand before
 * it ends (我代表上海市人民政府), so that the name does not swallow the words before it.
 */
const ORGAN_PLACE = new RegExp(`(?:^|[^\\u4e00-\\u9fff]|${longestFirstAlternation(data.before)})${CHAIN}${ORGAN}`);
const ORGAN_WORD = new RegExp(longestFirstAlternation(data.organs));
const NATIONAL_TITLE = new RegExp(`^(?:\\d{4}年)?(?:${data.national.map(escapeRegExp).join('|')}|国家|全国)`);
const NATIONAL_ORGAN = /代表国务院|国务院(?:办公厅)?关于|全国人民代表大会(?!常务委员会)|国务院(?:印发|批准|同意)/;
const LEVEL_RE = new RegExp(`^${FIRST_LEVEL}|${LOWER_LEVEL}`, 'g');
const NOT_NAMES = new Set(data.notPlaceNames);
const BEFORE_IN_NAME = new RegExp(`^.*(?:${longestFirstAlternation(data.cutBefore)})`);

function findJurisdiction(doc: PolicyDocument): string | null {
  const blocks = doc.blocks;
  const head = blocks.slice(0, HEAD_BLOCKS);
  const title = head.find((b) => b.kind === 'heading') ?? head.find((b) => b.text.length <= SHORT_BLOCK);
  const zone = [...head, ...blocks.slice(Math.max(HEAD_BLOCKS, blocks.length - TAIL_BLOCKS))];
  for (const block of zone) {
    const found = inBlock(block, block === title, head.includes(block));
    if (found) return found;
  }
  return null;
}

function inBlock(block: Block, isTitle: boolean, inHead: boolean): string | null {
  const text = block.text.replace(/\s+/g, '');
  if ((isTitle || (inHead && text.length <= SHORT_BLOCK)) && NATIONAL_TITLE.test(text)) return 'national';
  const candidates: { at: number; name: string }[] = [];
  const national = NATIONAL_ORGAN.exec(text);
  if (national) candidates.push({ at: national.index, name: 'national' });
  // Each pattern is tried only where the word it ends with (an organ) or starts with (《) is there.
  const patterns = [
    ...(ORGAN_WORD.test(text) ? [ORGAN_PLACE] : []),
    ...(isTitle ? [TITLE_PLACE] : []),
    ...(inHead && text.includes('《') ? [QUOTED_PLACE] : []),
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    const name = m ? placeOf(m[1]!) : null;
    if (m && name) candidates.push({ at: m.index, name });
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.name ?? null;
}

/**
 * The place a heading or paragraph opens with (`（三）株洲市`, `株洲市：到2025年…`), for goals stated per place
 * inside one document; null when it opens with none.
 */
export function placeOpening(text: string): string | null {
  // The name is Han characters only, so it lies in the opening run of Han characters and spaces: only that
  // run (and the mark after it) is read, rather than squeezing the spaces out of a whole paragraph.
  const opening = OPENING_RUN.exec(text);
  if (!opening) return null;
  const m = OPENING_PLACE.exec(opening[0].replace(/\s+/g, ''));
  return m ? placeOf(m[1]!) : null;
}
/** A place name opening a text and standing alone or before a colon, a full stop or the end. */
const OPENING_PLACE = new RegExp(`^${CHAIN}(?:[：:。，,]|$)`);
const OPENING_RUN = /^[\u4e00-\u9fff\s]*(?:[：:。，,]|$)/;

/** The most specific level of a chain (广东省江门市 → 江门), or null for words that only look like places. */
function placeOf(written: string): string | null {
  // 经费由黑龙江省: a word that stands before places, caught inside the first level, is cut off.
  const before = BEFORE_IN_NAME.exec(written);
  const chain = before && before.index + before[0].length <= written.length - 3 ? written.slice(before.index + before[0].length) : written;
  const levels = chain.match(LEVEL_RE) ?? [];
  const last = levels[levels.length - 1];
  if (!last || NOT_NAMES.has(last)) return null;
  const bare = last.replace(new RegExp(`${SUFFIX}$`), '');
  return bare.length >= 2 ? bare : last;
}
