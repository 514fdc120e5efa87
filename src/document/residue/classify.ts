// What one line (block) looks like to the residue analysis: page furniture, a page field, an export stamp, a
// photo credit, a page number, garbage. Most shapes decide nothing alone: residue-blocks.ts weighs them with the
// line's neighbours and its place in the document (a field line is residue at the top or bottom of the text,
// not in the middle of the body).
import webPhrases from './web-phrases.json' with { type: 'json' };
import pageFields from './page-fields.json' with { type: 'json' };
import exportMarks from './export-marks.json' with { type: 'json' };
import captions from './captions.json' with { type: 'json' };
import licence from './licence.json' with { type: 'json' };
import { escapeRegExp, longestFirstAlternation } from '../../regexp.js';
import { DIGIT_CLASS } from '../../quantity/numerals.js';
import { endsWithCredit } from './credit.js';

/** The label of a finding: each kind of residue is reported (and named) on its own. */
export type ResidueKind =
  | 'toolbar'
  | 'metadata'
  | 'export'
  | 'caption'
  | 'pageNumber'
  | 'garbage'
  | 'attachment'
  | 'licence';

export type LineShape =
  | { kind: 'toolbar'; weak: boolean }
  /** `pageOnly`: a label only web pages have; `bare`: the label alone, its value on the next line. */
  | { kind: 'field'; labels: number; pageOnly: boolean; generic: boolean; bare: boolean }
  | { kind: 'export'; shaped: boolean }
  | { kind: 'pageNumber'; bare: number | null }
  | { kind: 'caption' | 'garbage' | 'attachment' | 'licence' | 'headDate' | 'pageTitle' };

/** Page furniture lines are short; longer blocks are prose and are never tested. */
const MAX_FURNITURE = 40;
const MAX_PREFIXED = 80;
const MAX_FILE_NAME = 120;
const MAX_FIELD_LINE = 120;
const MAX_FIELD_VALUE = 60;
const MAX_EXPORT_LINE = 240;
const MAX_CAPTION = 200;
/** An export stamp is the database's name with codes, links and dates: at most this many other Chinese characters. */
const MAX_EXPORT_OWN_WORDS = 8;

const squeezeSpaces = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** Drops whitespace, brackets, colons and separators around buttons: 【字号：大 中 小】 → 字号大中小. */
function squeeze(s: string): string {
  return s.replace(/[\s\u3000【】[\]()（）|｜·•/:：]+/g, '');
}

/** Characters squeeze() drops, by code unit (1: dropped, 2: kept), filled in as lines ask about them. */
const SQUEEZED = new Uint8Array(0x10000);
const SQUEEZE_CHAR = /^[\s\u3000【】[\]()（）|｜·•/:：]$/;
const isSqueezed = (c: number): boolean => (SQUEEZED[c] ||= SQUEEZE_CHAR.test(String.fromCharCode(c)) ? 1 : 2) === 1;

/** The first and last characters squeeze(s) would have, found without building it ('' when nothing is left). */
function squeezedEnds(s: string): [string, string] {
  let i = 0;
  while (i < s.length && isSqueezed(s.charCodeAt(i))) i++;
  if (i === s.length) return ['', ''];
  let j = s.length - 1;
  while (isSqueezed(s.charCodeAt(j))) j--;
  return [s[i]!, s[j]!];
}

class PhraseSet {
  private readonly set: Set<string>;
  private readonly longest: number;
  /** First and last characters of the phrases: most lines fail on these before any slicing. */
  readonly firsts: Set<string>;
  readonly lasts: Set<string>;
  constructor(words: readonly string[]) {
    this.set = new Set(words.map(squeeze));
    this.longest = Math.max(...[...this.set].map((p) => p.length));
    this.firsts = new Set([...this.set].map((p) => p[0]!));
    this.lasts = new Set([...this.set].map((p) => p[p.length - 1]!));
  }
  has(s: string): boolean {
    return this.set.has(s);
  }
  /** Whether a line with these first and last characters (squeezed) may be covered, as covers() first checks. */
  mayCover(first: string, last: string, extra?: PhraseSet): boolean {
    return (this.firsts.has(first) || !!extra?.firsts.has(first)) && (this.lasts.has(last) || !!extra?.lasts.has(last));
  }
  /** True when `s` is one or more phrases written together (word break, no backtracking); `extra` also counts. */
  covers(s: string, extra?: PhraseSet): boolean {
    if (s.length === 0) return false;
    const first = s[0]!;
    const last = s[s.length - 1]!;
    if (!this.mayCover(first, last, extra)) return false;
    const ok = new Array<boolean>(s.length + 1).fill(false);
    ok[0] = true;
    const longest = Math.max(this.longest, extra?.longest ?? 0);
    for (let end = 1; end <= s.length; end++) {
      for (let start = Math.max(0, end - longest); start < end && !ok[end]; start++) {
        const piece = s.slice(start, end);
        if (ok[start] && (this.set.has(piece) || extra?.set.has(piece))) ok[end] = true;
      }
    }
    return ok[s.length]!;
  }
}

const TOOLBAR = new PhraseSet(webPhrases.lines);
const TOOLBAR_WEAK = new PhraseSet(webPhrases.weakLines);
/** 上一篇：…, 分享到：…; a prefix written into a sentence (分享到各级平台) has no colon or space after it. */
const PREFIXED = new RegExp(`^(?:${longestFirstAlternation(webPhrases.prefixes)})(?:[\\s:：'‘“「]|(?<=.{6}))`);
const ATTACHMENT = new RegExp(
  `^(?:附件\\s*(?:${DIGIT_CLASS}+\\s*)?(?:[:：]\\s*)?)?(?:${DIGIT_CLASS}{1,2}[.、．]\\s*)?[^\\s。；，]{1,${MAX_FILE_NAME}}\\.(?:${webPhrases.attachmentExtensions.join('|')})$`,
  'i',
);
const LICENCE_START = new RegExp(`^(?:${licence.starts.map(escapeRegExp).join('|')})`);
const LICENCE_START_LINES = new Set(licence.startLines);
/** First characters of the starts (本): asked of every block, most lines fail on it before any pattern. */
const LICENCE_FIRSTS = new Set([...licence.starts, ...licence.startLines].map((s) => s.charCodeAt(0)));
const LICENCE_TAILS = new Set(licence.tails);
const LONGEST_TAIL = Math.max(...licence.tails.map((t) => t.length));

/** A label may be spaced out as in the gov.cn table (索 引 号：, 标　　题：). */
const spacedLabel = (label: string): string => [...label].map(escapeRegExp).join('\\s*');
const labelAlternation = (labels: readonly string[]): string =>
  [...labels].sort((a, b) => b.length - a.length).map(spacedLabel).join('|');
const PAGE_ONLY = new Set(pageFields.pageOnly);
const GENERIC = new Set(pageFields.generic);
const ALL_LABELS = [...pageFields.pageOnly, ...pageFields.fields, ...pageFields.generic];
const LEADING_DATE = String.raw`(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*)?`;
/** A label and its colon where a field starts: at the start of the line or after a space, bracket or bar. */
const LABEL = new RegExp(`(^|[\\s\\u3000】|｜])(${labelAlternation(ALL_LABELS)})\\s*[:：]`, 'g');
const FIELD_START = new RegExp(`^${LEADING_DATE}【?(?:${labelAlternation(ALL_LABELS)})\\s*[:：]`);
const BREADCRUMB_LEAD = new RegExp(`^(?:${longestFirstAlternation(pageFields.breadcrumbLeads)})\\s*[:：]`);
const BREADCRUMB_PATH = new RegExp(`(?:${longestFirstAlternation(pageFields.homeWords)})\\s*[>＞»›→]`);
const SITE_REGISTRATION = new RegExp(longestFirstAlternation(pageFields.siteRegistration));
/** The date bar at the top of a portal page: 2023年10月11日 星期三. */
const HEAD_DATE = /^[|｜]?\s*\d{4}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]\s*$/;
/** The browser title of a saved page: 文章标题 | 站点名 (or 站点名 _ 文章标题). */
const PAGE_TITLE = /^[^|｜_]{2,60}\s[|｜_]\s[^|｜_]{2,60}$/;
/** A trimmed line starts the date bar with its bar or the year's first digit. */
const HEAD_DATE_FIRSTS = new Set([...'|｜0123456789']);

const EXPORT_WORDS = [...exportMarks.names, ...exportMarks.domains];
/** Names with no letter that has case (北大法宝): matched as they are, ignoring case changes nothing for them. */
const caseless = (w: string): boolean => [...w].every((c) => c.toUpperCase() === c && c.toLowerCase() === c);
const EXPORT_NAME_CASELESS = new RegExp(longestFirstAlternation(EXPORT_WORDS.filter(caseless)));
/** The others (CNKI, pkulaw.com, CLI.1.123) have ASCII letters: looked for only in lines that hold one. */
const EXPORT_NAME_CASED = new RegExp(`${longestFirstAlternation(EXPORT_WORDS.filter((w) => !caseless(w)))}|CLI\\.\\d+\\.\\d+`, 'i');
if (EXPORT_WORDS.some((w) => !caseless(w) && !/[A-Za-z]/.test(w))) throw new Error('export-marks.json: a name with cased letters none of which is ASCII');
const ASCII_LETTER = /[A-Za-z]/;
/** A database's name or domain in the line (as one case-insensitive pattern of them all would find). */
const hasExportName = (t: string): boolean => EXPORT_NAME_CASELESS.test(t) || (ASCII_LETTER.test(t) && EXPORT_NAME_CASED.test(t));
const EXPORT_NOISE = new RegExp(
  `https?://\\S+|www\\.\\S+|${longestFirstAlternation([...exportMarks.names, ...exportMarks.domains, ...exportMarks.marks])}|CLI\\.[\\d.]+`,
  'gi',
);

const HAS_CREDIT_WORD = new RegExp(
  `(?:${longestFirstAlternation([...captions.agencies, ...captions.credits])})[^。]{0,12}摄|[/／]\\s*摄`,
);
const AGENCY_ISSUED = new RegExp(`[（(]\\s*(?:${longestFirstAlternation(captions.agencies)})发\\s*[）)]$`);
const PICTURE_LINKS = new PhraseSet(captions.links);
/** Characters a line must hold for a test to have a chance (each a necessary condition of its pattern). */
const COLONS = /[:：]/;
const PATH_ARROWS = /[>＞»›→]/;
const TITLE_BARS = /[|｜_]/;
/** First characters of the page number shapes (DECORATED_PAGE, PAGE_OF, PAGE_JUMP, BARE_NUMBER) on a trimmed line. */
const PAGE_NUMBER_FIRSTS = new Set([...'-—－–~·•_=第共pP（(【下上转0123456789']);

/** Page numbers as printed: - 12 -, —3—, ·12·, 第 3 页 共 10 页, Page 3 of 10, and newspaper jumps (下转7版). */
const DECORATED_PAGE = /^[-—－–~·•_=]+\s*\d{1,4}\s*[-—－–~·•_=]+$/;
const PAGE_OF = /^(?:第\s*\d{1,4}\s*页(?:\s*(?:[,，/／]\s*)?共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*(?:[,，/／]\s*)?第\s*\d{1,4}\s*页|page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?)$/i;
const PAGE_JUMP = /^[（(【]?\s*(?:下转|上接|转)第?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[）)】]?$/;
const BARE_NUMBER = /^\d{1,4}$/;

/** Characters prose is written with; the rest (box drawing, stray symbols, U+FFFD) is junk when it dominates. */
const PROSE_CHAR = /[\p{Script=Han}\p{L}\p{N}，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕［］—…·%.,;:!?()[\]\-+/'"]/u;
/** A character that is neither ASCII nor prose (U+FFFD included): counted in one pass, not one test a character. */
const JUNK_CHAR = new RegExp(`[^\\x00-\\x7f${PROSE_CHAR.source.slice(1, -1)}]`, 'gu');
/** A row of one repeated ornament (＊＊＊, ★★★) is a section divider the author typed, not garbage. */
const DIVIDER = /^([*＊★☆※◆◇○●■□△▲~～=＝-])\1{0,8}$/;
const MIN_JUNK_SHARE = 0.6;

export function lineShape(text: string): LineShape | null {
  const t = text.trim();
  if (t.length === 0) return null;
  if ((t.length <= LONGEST_TAIL && LICENCE_TAILS.has(t)) || LICENCE_START.test(t)) return { kind: 'licence' };
  if (t.length <= MAX_FURNITURE) {
    // Squeezed only when its first and last characters could start and end a phrase (most short lines fail).
    const [first, last] = squeezedEnds(t);
    const toolbar = first !== '' && TOOLBAR.mayCover(first, last, TOOLBAR_WEAK);
    if (toolbar || (first !== '' && PICTURE_LINKS.mayCover(first, last))) {
      const squeezed = squeeze(t);
      if (toolbar && TOOLBAR.covers(squeezed, TOOLBAR_WEAK)) return { kind: 'toolbar', weak: TOOLBAR_WEAK.covers(squeezed) };
      if (PICTURE_LINKS.covers(squeezed)) return { kind: 'caption' };
    }
  }
  if (t.length <= MAX_PREFIXED && PREFIXED.test(t)) return { kind: 'toolbar', weak: false };
  if (PAGE_NUMBER_FIRSTS.has(t[0]!)) {
    const page = pageNumber(t);
    if (page) return page;
  }
  const field = fieldShape(t);
  if (field) return field;
  // The file name ends in .pdf, .docx …: no dot, no attachment.
  if (t.length <= MAX_FILE_NAME + 20 && t.includes('.') && ATTACHMENT.test(t)) return { kind: 'attachment' };
  if (t.length <= MAX_EXPORT_LINE && hasExportName(t)) return { kind: 'export', shaped: isExportShaped(t) };
  if (t.length <= MAX_CAPTION && isCaption(t)) return { kind: 'caption' };
  if (HEAD_DATE_FIRSTS.has(t[0]!) && HEAD_DATE.test(t)) return { kind: 'headDate' };
  // Two to sixty characters, a space, the bar, a space, two to sixty: 7 to 123 characters with a bar.
  if (t.length >= 7 && t.length <= 123 && TITLE_BARS.test(t) && PAGE_TITLE.test(t)) return { kind: 'pageTitle' };
  if (isGarbage(t)) return { kind: 'garbage' };
  return null;
}

function pageNumber(t: string): LineShape | null {
  if (DECORATED_PAGE.test(t) || PAGE_OF.test(t) || PAGE_JUMP.test(t)) return { kind: 'pageNumber', bare: null };
  if (BARE_NUMBER.test(t)) return { kind: 'pageNumber', bare: Number(t) };
  return null;
}

/** Key：value fields of a page (来源：新华社 作者：… 发布时间：2024-03-18 09:30), a breadcrumb or a site footer. */
function fieldShape(t: string): LineShape | null {
  if (t.length > MAX_FIELD_LINE) return null;
  // A breadcrumb lead and a field label are followed by a colon, a breadcrumb path has an arrow.
  const colon = COLONS.test(t);
  if ((colon && BREADCRUMB_LEAD.test(t)) || (PATH_ARROWS.test(t) && BREADCRUMB_PATH.test(t) && !/[。；]/.test(t))) {
    return { kind: 'field', labels: 1, pageOnly: true, generic: false, bare: false };
  }
  if (SITE_REGISTRATION.test(t) && !/[。；]/.test(t)) return { kind: 'field', labels: 1, pageOnly: true, generic: false, bare: false };
  if (!colon || !FIELD_START.test(t)) return null;
  const found = [...t.matchAll(LABEL)];
  if (found.length === 0) return null;
  const labels = found.map((m) => squeezeSpaces(m[2]!));
  // Each value runs to the next label; a value with a full stop is a sentence, not a page field.
  for (let i = 0; i < found.length; i++) {
    const from = found[i]!.index + found[i]![0].length;
    const to = i + 1 < found.length ? found[i + 1]!.index : t.length;
    const value = t.slice(from, to).trim();
    if (value.length > MAX_FIELD_VALUE || /[。；]/.test(value)) return null;
  }
  const last = found[found.length - 1]!;
  return {
    kind: 'field',
    labels: new Set(labels).size,
    pageOnly: labels.some((l) => PAGE_ONLY.has(l)),
    generic: labels.every((l) => GENERIC.has(l)),
    bare: found.length === 1 && t.slice(last.index + last[0].length).trim().length === 0,
  };
}

function isExportShaped(t: string): boolean {
  const rest = t.replace(EXPORT_NOISE, '').match(/[\u4e00-\u9fff]/g) ?? [];
  return rest.length <= MAX_EXPORT_OWN_WORDS;
}

function isCaption(t: string): boolean {
  // Both shapes end in 摄 or 发 (and a bracket): most lines have neither, and CREDIT is costly to try.
  if (!t.includes('摄') && !t.includes('发')) return false;
  if (AGENCY_ISSUED.test(t)) return true;
  return endsWithCredit(t) && HAS_CREDIT_WORD.test(t);
}

/** Visible characters PROSE_CHAR accepts, told cheaply: printable ASCII, CJK ideographs, common Chinese punctuation. */
const PROSE_PUNCTUATION = new Set([...'，。、；：？！“”‘’（）《》'].map((c) => c.charCodeAt(0)));
/** By range first: ideographs and ASCII, most of any line, need no lookup. */
const isSurelyProse = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c > 0x20 && c < 0x7f) || PROSE_PUNCTUATION.has(c);

function isGarbage(t: string): boolean {
  // Quick exit for prose: once more than (1 − MIN_JUNK_SHARE) of the line is surely prose, it cannot be garbage.
  const enough = t.length * (1 - MIN_JUNK_SHARE);
  for (let i = 0, sure = 0; i < t.length; i++) if (isSurelyProse(t.charCodeAt(i)) && ++sure > enough) return false;
  // Invisible characters (a line of U+200B) are hidden content, injected-content's to judge, not visible garbage.
  const visible = t.replace(/[\s\u3000\p{Cf}]+/gu, '');
  if (visible.length === 0 || DIVIDER.test(visible)) return false;
  // ASCII punctuation is markup someone typed (```, ---, | a |), never counted as junk.
  const junk = visible.match(JUNK_CHAR)?.length ?? 0;
  if (junk === 0) return false;
  let chars = 0;
  for (const _ of visible) chars++;
  return junk / chars >= MIN_JUNK_SHARE;
}

export function isLicenceStart(text: string): boolean {
  const t = text.trim();
  if (!LICENCE_FIRSTS.has(t.charCodeAt(0))) return false;
  return LICENCE_START.test(t) || LICENCE_START_LINES.has(t);
}

export function isLicenceTail(text: string): boolean {
  return LICENCE_TAILS.has(text.trim());
}
