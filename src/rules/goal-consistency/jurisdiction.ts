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
// One level of a place (江门市, 新会区): a first character that can start a name, up to five more, a suffix.
const LEVEL = `${NOT_START}[\\u4e00-\\u9fff][\\u4e00-\\u9fff]{0,5}?${SUFFIX}`;
const CHAIN = `((?:${LEVEL})+)`;
const ORGAN = `(?:第[一二三四五六七八九十]+届)?(?:${longestFirstAlternation(data.organs)})`;
/** 江门市… at the start of a title, or inside 《…》. */
const TITLE_PLACE = new RegExp(`(?:^|《)(?:关于)?${CHAIN}(?!场)`);
/** 上海市人民政府, 北京市第十五届人民代表大会, 中共眉山市委. */
const ORGAN_PLACE = new RegExp(`${CHAIN}${ORGAN}`);
const NATIONAL_TITLE = new RegExp(`^(?:\\d{4}年)?(?:${data.national.map(escapeRegExp).join('|')}|国家|全国)`);
const NATIONAL_ORGAN = /代表国务院|国务院(?:办公厅)?关于|全国人民代表大会(?!常务委员会)|国务院(?:印发|批准|同意)/;
const LEVEL_RE = new RegExp(LEVEL, 'g');
const NOT_NAMES = new Set(data.notPlaceNames);

function findJurisdiction(doc: PolicyDocument): string | null {
  const blocks = doc.blocks;
  const zone = [...blocks.slice(0, HEAD_BLOCKS), ...blocks.slice(Math.max(HEAD_BLOCKS, blocks.length - TAIL_BLOCKS))];
  for (const block of zone) {
    const found = inBlock(block);
    if (found) return found;
  }
  return null;
}

function inBlock(block: Block): string | null {
  const text = block.text.replace(/\s+/g, '');
  const short = text.length <= SHORT_BLOCK;
  if (short && NATIONAL_TITLE.test(text)) return 'national';
  const candidates: { at: number; name: string }[] = [];
  const national = NATIONAL_ORGAN.exec(text);
  if (national) candidates.push({ at: national.index, name: 'national' });
  for (const re of short ? [TITLE_PLACE, ORGAN_PLACE] : [ORGAN_PLACE]) {
    const m = re.exec(text);
    const name = m ? placeOf(m[1]!) : null;
    if (m && name) candidates.push({ at: m.index, name });
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.name ?? null;
}

/** The most specific level of a chain (广东省江门市 → 江门), or null for words that only look like places. */
function placeOf(chain: string): string | null {
  const levels = chain.match(LEVEL_RE) ?? [];
  const last = levels[levels.length - 1];
  if (!last || NOT_NAMES.has(last)) return null;
  const bare = last.replace(new RegExp(`${SUFFIX}$`), '');
  return bare.length >= 2 ? bare : last;
}
