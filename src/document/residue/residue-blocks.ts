// Which blocks are leftovers of a web page or export, as a shared analysis: web-residue reports them, and
// other rules (broken-paragraph) leave them alone instead of reporting the same lines again.
//
// A line's shape (classify.ts) is weighed against where it stands. Page fields (来源：, 索引号：) are residue in
// the block of short lines above the first paragraph of the body or below the last one, or when the label exists
// only on web pages (访问量：); the same label in the middle of the body is the text's own. Bare numbers are page
// numbers only between paragraphs and in sequence; lone words (微信, X) only next to other furniture.
import type { Block } from '../block.js';
import type { PolicyDocument } from '../document.js';
import { isLicenceStart, isLicenceTail, lineShape, type LineShape, type ResidueKind } from './classify.js';

/** The licence footer is a dozen short lines (links were scraped onto lines of their own). */
const MAX_FOOTER_BLOCKS = 30;
/** A paragraph of the body: this long, with a comma or full stop. */
const MIN_BODY = 40;
const BODY_PUNCTUATION = /[。；，！？]/;
/** A page number stands between two paragraphs at least this long. */
const MIN_PAGE_NEIGHBOUR = 15;
/** Site links (上级政府网站, 九江市人民政府) between two pieces of furniture below the body, and menu items above it. */
const MAX_TAIL_LINK = 30;
const MAX_HEAD_LINK = 12;
const MIN_MENU_ITEMS = 3;
const MAX_MENU_ITEM = 8;
const HOME = /首页|主页/;
const MIN_TABLE = 4;
const MAX_LAST_VALUE = 8;
const FIELD_VALUE = /^[^。；]{1,60}$/;
/** A value standing on its own after a bare label (索 引 号：): a code, date or number. */
const CODE_VALUE = /^[\dA-Za-z\s\-/.:：年月日〔〕[\]号（）()]+$|〔\d{4}〕/;

/** The residue kind of each block (by block index), or null. */
export function residueKinds(doc: PolicyDocument): readonly (ResidueKind | null)[] {
  return doc.analysis('web-residue', () => classifyBlocks(doc.blocks));
}

export function classifyBlocks(blocks: readonly Block[]): (ResidueKind | null)[] {
  const shapes = blocks.map((b) => lineShape(b.text));
  const kinds: (ResidueKind | null)[] = shapes.map(standalone);
  const body = blocks.map((b, i) => isBody(b.text, kinds[i]!));
  const firstBody = body.indexOf(true);
  const lastBody = body.lastIndexOf(true);
  const inZone = (i: number): boolean => firstBody < 0 || i < firstBody || i > lastBody;

  markFieldGroups(blocks, shapes, kinds, inZone);
  markExports(blocks, shapes, kinds, inZone);
  markPageNumbers(blocks, shapes, kinds);
  shapes.forEach((s, i) => {
    if ((s?.kind === 'headDate' || s?.kind === 'pageTitle') && (firstBody < 0 || i < firstBody)) kinds[i] = 'metadata';
  });
  markMenus(blocks, kinds, firstBody < 0 ? blocks.length : firstBody);
  fillTail(blocks, kinds, lastBody);
  markWeakFurniture(shapes, kinds);
  markLicenceFooters(blocks, kinds);
  return kinds;
}

/** Shapes that are residue by themselves, wherever they stand. */
function standalone(shape: LineShape | null): ResidueKind | null {
  switch (shape?.kind) {
    case 'toolbar':
      return shape.weak ? null : 'toolbar';
    case 'caption':
    case 'garbage':
    case 'attachment':
    case 'licence':
      return shape.kind;
    case 'pageNumber':
      return shape.bare === null ? 'pageNumber' : null;
    case 'export':
      return shape.shaped ? 'export' : null;
    default:
      return null;
  }
}

function isBody(text: string, kind: ResidueKind | null): boolean {
  return kind === null && text.length >= MIN_BODY && BODY_PUNCTUATION.test(text);
}

/**
 * Consecutive field lines, a bare label taking the line after it as its value (the gov.cn table puts each cell on
 * a line: 索 引 号： / 000014349/2019-00007). A group is page metadata when it has a label only pages have, or stands
 * above or below the body; a generic label (时间：) counts only beside another field.
 */
function markFieldGroups(
  blocks: readonly Block[],
  shapes: readonly (LineShape | null)[],
  kinds: (ResidueKind | null)[],
  inZone: (i: number) => boolean,
): void {
  for (let i = 0; i < blocks.length; i++) {
    if (shapes[i]?.kind !== 'field') continue;
    const members: number[] = [];
    let pageOnly = false;
    let specific = false;
    let j = i;
    while (j < blocks.length) {
      const s = shapes[j];
      if (s?.kind !== 'field') break;
      members.push(j);
      pageOnly ||= s.pageOnly;
      specific ||= !s.generic;
      if (s.bare && j + 1 < blocks.length && shapes[j + 1]?.kind !== 'field' && takesValue(blocks, shapes, j + 1, members.length)) {
        members.push(j + 1);
        j += 2;
      } else j++;
    }
    const first = members[0]!;
    const last = members[members.length - 1]!;
    const placed = inZone(first) || inZone(last);
    if (pageOnly || (specific && placed)) for (const m of members) kinds[m] ??= 'metadata';
    i = last;
  }
}

/**
 * The line after a bare label is its value when the table goes on after it, it looks like a code or date, or it
 * is a word or two closing a table of several fields (分类： / 统计公报); not the title after an empty 主题词：.
 */
function takesValue(blocks: readonly Block[], shapes: readonly (LineShape | null)[], at: number, fieldsSoFar: number): boolean {
  const text = blocks[at]!.text.trim();
  if (!FIELD_VALUE.test(text) || shapes[at] !== null) return false;
  if (shapes[at + 1]?.kind === 'field' || CODE_VALUE.test(text)) return true;
  // A title split over lines after an empty 主题词： starts with its organ (国务院办公厅 / 关于…的函).
  const titleGoesOn = /关于/.test(text) || /^关于/.test(blocks[at + 1]?.text.trim() ?? '');
  return fieldsSoFar >= MIN_TABLE && text.length <= MAX_LAST_VALUE && !titleGoesOn;
}

/** A database's name in a line that is not only its stamp: residue above or below the body, or repeated per page. */
function markExports(
  blocks: readonly Block[],
  shapes: readonly (LineShape | null)[],
  kinds: (ResidueKind | null)[],
  inZone: (i: number) => boolean,
): void {
  // Lines counted only when there is an export line to judge (hashing every line of every document cost more).
  let seen: Map<string, number> | undefined;
  const count = (text: string): number => {
    if (!seen) {
      seen = new Map<string, number>();
      for (const b of blocks) seen.set(b.text.trim(), (seen.get(b.text.trim()) ?? 0) + 1);
    }
    return seen.get(text.trim())!;
  };
  shapes.forEach((s, i) => {
    if (s?.kind !== 'export' || kinds[i]) return;
    if (inZone(i) || count(blocks[i]!.text) >= 2) kinds[i] = 'export';
  });
}

/**
 * A bare number is a page number when it stands between two paragraphs and the next or previous such number
 * continues the count (12 … 13); table cells are numbers between short lines and stay alone.
 */
function markPageNumbers(blocks: readonly Block[], shapes: readonly (LineShape | null)[], kinds: (ResidueKind | null)[]): void {
  const candidates: { index: number; value: number }[] = [];
  shapes.forEach((s, i) => {
    if (s?.kind !== 'pageNumber' || s.bare === null) return;
    const prev = blocks[i - 1]?.text.trim() ?? '';
    const next = blocks[i + 1]?.text.trim() ?? '';
    if (prev.length >= MIN_PAGE_NEIGHBOUR && next.length >= MIN_PAGE_NEIGHBOUR) candidates.push({ index: i, value: s.bare });
  });
  candidates.forEach((c, k) => {
    const before = candidates[k - 1];
    const after = candidates[k + 1];
    if (before?.value === c.value - 1 || after?.value === c.value + 1) kinds[c.index] = 'pageNumber';
  });
}

/** A site menu above the body: three or more short lines in a row, one of them the home page (网站首页 / 新闻中心 / …). */
function markMenus(blocks: readonly Block[], kinds: (ResidueKind | null)[], firstBody: number): void {
  for (let i = 0; i < firstBody; i++) {
    let j = i;
    while (j < firstBody && isMenuItem(blocks[j]!.text) && kinds[j] === null) j++;
    if (j - i >= MIN_MENU_ITEMS && blocks.slice(i, j).some((b) => HOME.test(b.text))) {
      for (let k = i; k < j; k++) kinds[k] = 'toolbar';
    }
    i = j;
  }
}

const isMenuItem = (text: string): boolean => {
  const t = text.trim();
  return t.length > 0 && t.length <= MAX_MENU_ITEM && !/[\d，。、；：:]/.test(t);
};

/**
 * Below the body, short lines without punctuation between two pieces of furniture (or after furniture up to the
 * end) are the site's links and names (上级政府网站 / 中国政府网 / 九江市人民政府 … / 网站地图). Above the body the same
 * holds for the site's name between its page title and toolbar (万载县人民政府- / 统计局).
 */
function fillTail(blocks: readonly Block[], kinds: (ResidueKind | null)[], lastBody: number): void {
  const fill = (from: number, to: number, maxLength: number, noDigits: boolean): void => {
    for (let i = from; i < to; i++) {
      if (kinds[i] !== null || !isPageChrome(kinds[i - 1])) continue;
      let j = i;
      while (j < to && kinds[j] === null && isLinkLine(blocks[j]!.text, maxLength, noDigits)) j++;
      const closed = j === blocks.length || (j < to && isPageChrome(kinds[j]));
      if (j > i && closed) for (let k = i; k < j; k++) kinds[k] = kinds[i - 1] === 'metadata' ? 'metadata' : 'toolbar';
      i = j;
    }
  };
  fill(lastBody + 1, blocks.length, MAX_TAIL_LINK, false);
  const firstBody = kinds.findIndex((_, i) => isBody(blocks[i]!.text, kinds[i]!));
  fill(1, firstBody < 0 ? 0 : firstBody, MAX_HEAD_LINK, true);
}

const isPageChrome = (kind: ResidueKind | null | undefined): boolean => kind === 'toolbar' || kind === 'metadata';

const isLinkLine = (text: string, maxLength: number, noDigits: boolean): boolean => {
  const t = text.trim();
  return t.length <= maxLength && !/[。，；、：:！？“”《》（）()]/.test(t) && !(noDigits && /\d/.test(t));
};

/** Lone words (微信, X, 放弃) are furniture next to furniture: a share bar split over lines, a pop-up's buttons. */
function markWeakFurniture(shapes: readonly (LineShape | null)[], kinds: (ResidueKind | null)[]): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < shapes.length; i++) {
      const s = shapes[i];
      if (s?.kind !== 'toolbar' || !s.weak || kinds[i]) continue;
      if ((kinds[i - 1] ?? null) !== null || (kinds[i + 1] ?? null) !== null) kinds[i] = 'toolbar';
    }
  }
}

/**
 * The Wikisource footer runs from 本作品是中华人民共和国的… to the last Public domain / false line; the link
 * fragments in between (法律 / 、 / 法规 / 公有领域) belong to it.
 */
function markLicenceFooters(blocks: readonly Block[], kinds: (ResidueKind | null)[]): void {
  for (let i = 0; i < blocks.length; i++) {
    if (!isLicenceStart(blocks[i]!.text)) continue;
    let end = -1;
    for (let j = i + 1; j < blocks.length && j <= i + MAX_FOOTER_BLOCKS; j++) if (isLicenceTail(blocks[j]!.text)) end = j;
    for (let j = i; j <= end; j++) kinds[j] = 'licence';
    if (end > i) i = end;
  }
}
