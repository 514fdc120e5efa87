// Decides whether one block is a leftover of a web page or an export: page furniture (分享到微信, 打印本页),
// an attachment file name on its own line, or a line of the Wikisource licence footer.
import webPhrases from './web-phrases.json' with { type: 'json' };
import licence from './licence.json' with { type: 'json' };
import { escapeRegExp } from '../../regexp.js';
import { DIGIT_CLASS } from '../../quantity/numerals.js';

export type ResidueKind = 'page' | 'attachment' | 'licence';

/** Page furniture lines are short; longer blocks are prose and are never tested. */
const MAX_FURNITURE = 40;
const MAX_PREFIXED = 80;
const MAX_FILE_NAME = 120;

const LINE_PHRASES = new Set(webPhrases.lines.map(squeeze));
const LONGEST_PHRASE = Math.max(...[...LINE_PHRASES].map((p) => p.length));
const PREFIXED = new RegExp(`^(?:${webPhrases.prefixes.map(escapeRegExp).join('|')})[\\s:：]`);
const ATTACHMENT = new RegExp(
  `^(?:附件\\s*${DIGIT_CLASS}*\\s*[:：]?\\s*)?(?:${DIGIT_CLASS}{1,2}[.、．]\\s*)?[^\\s。；，]{1,${MAX_FILE_NAME}}\\.(?:${webPhrases.attachmentExtensions.join('|')})$`,
  'i',
);
const LICENCE_START = new RegExp(`^(?:${licence.starts.map(escapeRegExp).join('|')})`);
const LICENCE_START_LINES = new Set(licence.startLines);
const LICENCE_TAILS = new Set(licence.tails);

/** Drops whitespace, brackets and separators around buttons: 【打印本页】 【关闭窗口】 → 打印本页关闭窗口. */
function squeeze(s: string): string {
  return s.replace(/[\s【】[\]()（）|｜·•/]+/g, '').replace(/[:：]$/, '');
}

/** True when `s` is one or more page-furniture phrases written together (word break, no backtracking). */
function isFurniture(s: string): boolean {
  if (s.length === 0) return false;
  const ok = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let end = 1; end <= s.length; end++) {
    for (let start = Math.max(0, end - LONGEST_PHRASE); start < end && !ok[end]; start++) {
      if (ok[start] && LINE_PHRASES.has(s.slice(start, end))) ok[end] = true;
    }
  }
  return ok[s.length]!;
}

export function residueKind(text: string): ResidueKind | null {
  const t = text.trim();
  if (t.length === 0) return null;
  if (LICENCE_TAILS.has(t) || LICENCE_START.test(t)) return 'licence';
  if (t.length <= MAX_FURNITURE && isFurniture(squeeze(t))) return 'page';
  if (t.length <= MAX_PREFIXED && PREFIXED.test(t)) return 'page';
  if (t.length <= MAX_FILE_NAME + 20 && ATTACHMENT.test(t)) return 'attachment';
  return null;
}

export function isLicenceStart(text: string): boolean {
  const t = text.trim();
  return LICENCE_START.test(t) || LICENCE_START_LINES.has(t);
}

export function isLicenceTail(text: string): boolean {
  return LICENCE_TAILS.has(text.trim());
}
