// Invisible characters in the raw source: zero-width and other format characters (Cf), private-use (Co)
// and unassigned (Cn) code points, tag characters, and bidirectional controls (Trojan Source).
import type { PolicyDocument } from '../../document/document.js';
import type { LocalizedText } from '../../types.js';
import type { InjectionFinding } from './finding.js';
import data from './invisible-characters.json' with { type: 'json' };

/**
 * Cheap pre-filter: anything outside ranges known to hold no format, private-use or unassigned characters
 * (ASCII, Latin to Hebrew, Arabic letters, punctuation, CJK, full-width forms). Hits are checked exactly.
 */
const MAYBE_SUSPECT =
  /[^\t\n\r\u0020-\u007E\u00A0-\u00AC\u00AE-\u0377\u0384-\u05FF\u0620-\u06DC\u2010-\u2027\u2030-\u205F\u3000-\u303F\u3041-\u3096\u30A0-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF9F]/g;
const SUSPECT = /^[\p{Cf}\p{Co}\p{Cn}]$/u;
const NAMES = data.names as Record<string, LocalizedText>;
const BIDI = new Set(data.bidiControls.map((h) => parseInt(h, 16)));
/** Letters that render as nothing (Hangul fillers); they do a job only in Korean text. */
const BLANK_LETTERS = new Set(data.blankLetters.map((h) => parseInt(h, 16)));
const HANGUL = /[\p{Script=Hangul}]/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
/** Scripts where ZWJ/ZWNJ shape letters; Mongolian also uses U+180E. */
const JOINING_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Tibetan}]/u;
const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F]/u;
const isTag = (cp: number) => cp >= 0xe0000 && cp <= 0xe007f;
const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');

const codePointBefore = (text: string, i: number): string => {
  if (i <= 0) return '';
  const lo = text.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.slice(i - 1, i);
};
const codePointAt = (text: string, i: number): string => String.fromCodePoint(text.codePointAt(i) ?? 0x20);

/**
 * The line around each hit and the scripts it holds. Hits come in order, so the current line is computed once
 * and reused for every hit on it: looking the line up again for each of a run of bidi controls was quadratic.
 */
class LineScripts {
  private start = 0;
  private end = -1;
  private rtl: boolean | undefined;
  private hangul: boolean | undefined;

  constructor(private readonly text: string) {}

  /** The line holds a right-to-left script. */
  hasRtl(at: number): boolean {
    this.moveTo(at);
    return (this.rtl ??= RTL_SCRIPT.test(this.line()));
  }

  /** The line holds Hangul besides the fillers themselves. */
  hasHangul(at: number): boolean {
    this.moveTo(at);
    return (this.hangul ??= HANGUL.test(this.line().replace(/[\u115F\u1160\u3164\uFFA0]/g, '')));
  }

  private line(): string {
    return this.text.slice(this.start, this.end);
  }

  private moveTo(at: number): void {
    if (at >= this.start && at < this.end) return;
    this.start = this.text.lastIndexOf('\n', at) + 1;
    const end = this.text.indexOf('\n', at);
    this.end = end === -1 ? this.text.length : end;
    this.rtl = undefined;
    this.hangul = undefined;
  }
}

/** Whether a run of tag characters follows U+1F3F4; remembered from one tag of a run to the next. */
class TagRuns {
  private lastAt = -1;
  private lastResult = false;

  constructor(private readonly text: string) {}

  spellsFlag(at: number): boolean {
    if (this.lastAt !== at - 2) {
      let i = at;
      while (i >= 2 && isTag(this.text.codePointAt(i - 2) ?? 0)) i -= 2;
      this.lastResult = this.text.codePointAt(i - 2) === 0x1f3f4;
    }
    this.lastAt = at;
    return this.lastResult;
  }
}

interface Surroundings {
  lines: LineScripts;
  tags: TagRuns;
}

/** Characters that do a real job where they stand. */
function isLegitimate(text: string, at: number, cp: number, width: number, around: Surroundings): boolean {
  if (cp === 0xfeff && at === 0) return true;
  if (BLANK_LETTERS.has(cp)) return around.lines.hasHangul(at);
  const before = codePointBefore(text, at);
  const after = codePointAt(text, at + width);
  if (cp === 0x200d && EMOJI.test(before) && EMOJI.test(after)) return true;
  if ((cp === 0x200c || cp === 0x200d || cp === 0x180e) && (JOINING_SCRIPT.test(before) || JOINING_SCRIPT.test(after))) return true;
  // Tag characters spell subdivision flags after U+1F3F4 (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
  if (isTag(cp)) return around.tags.spellsFlag(at);
  // Direction marks and isolates are needed in lines that mix in right-to-left scripts (e.g. Uyghur).
  if (BIDI.has(cp) && around.lines.hasRtl(at)) return true;
  return false;
}

/** Labels by code point, made once: a run of alternating invisible characters asks for the same few again and again. */
const LABELS = new Map<number, LocalizedText>();
function labelOf(cp: number): LocalizedText {
  let label = LABELS.get(cp);
  if (!label) LABELS.set(cp, (label = describe(cp)));
  return label;
}

function describe(cp: number): LocalizedText {
  const name = NAMES[hex(cp)];
  const cat =
    isTag(cp) ? data.categoryNames.tag
    : /\p{Co}/u.test(String.fromCodePoint(cp)) ? data.categoryNames.Co
    : /\p{Cn}/u.test(String.fromCodePoint(cp)) ? data.categoryNames.Cn
    : data.categoryNames.Cf;
  const what = name ?? cat;
  return BIDI.has(cp)
    ? { zh: `双向文本控制字符“${what.zh}”，可用于 Trojan Source 攻击`, en: `bidirectional control "${what.en}", usable for a Trojan Source attack` }
    : { zh: `不可见字符“${what.zh}”`, en: `invisible character "${what.en}"` };
}

export function findInvisible(doc: PolicyDocument): InjectionFinding[] {
  const text = doc.text;
  const out: InjectionFinding[] = [];
  const around: Surroundings = { lines: new LineScripts(text), tags: new TagRuns(text) };
  for (const hit of text.matchAll(MAYBE_SUSPECT)) {
    const at = hit.index;
    const cp = text.codePointAt(at)!;
    const ch = String.fromCodePoint(cp);
    if (!SUSPECT.test(ch) && !BLANK_LETTERS.has(cp)) continue;
    if (isLegitimate(text, at, cp, ch.length, around)) continue;
    // Private-use and unassigned code points may be real characters a font knows: no automatic removal.
    const removable = !/[\p{Co}\p{Cn}]/u.test(ch);
    const prev = out[out.length - 1];
    const code = `U+${hex(cp)}`;
    // A run of the same character is one finding.
    if (prev && prev.range[1] === at && prev.quote === code) {
      prev.range = [prev.range[0], at + ch.length];
      if (prev.fix) prev.fix = { range: prev.range, text: '' };
      continue;
    }
    const finding: InjectionFinding = {
      kind: 'invisible',
      label: labelOf(cp),
      range: [at, at + ch.length],
      quote: code,
      properties: { codePoint: code, bidi: BIDI.has(cp) },
    };
    if (removable) finding.fix = { range: [at, at + ch.length], text: '' };
    out.push(finding);
  }
  return out;
}

/**
 * Invisible and bidi characters written as character references (`&#x202E;`, `&#8203;`, `&zwj;`) in Markdown
 * and HTML: the reader gets the character, while the source shows only harmless ASCII, so the scan of the
 * source above misses them. The blocks hold the decoded text; a suspect character there whose source is a
 * reference is reported on the reference. (A reference in Markdown code is shown as written: not in a block.)
 */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;

export function findInvisibleReferences(doc: PolicyDocument): InjectionFinding[] {
  if ((doc.format !== 'markdown' && doc.format !== 'html') || !doc.text.includes('&')) return [];
  const out: InjectionFinding[] = [];
  for (const block of doc.blocks) {
    const text = block.text;
    const around: Surroundings = { lines: new LineScripts(text), tags: new TagRuns(text) };
    for (const hit of text.matchAll(MAYBE_SUSPECT)) {
      const at = hit.index;
      const cp = text.codePointAt(at)!;
      const ch = String.fromCodePoint(cp);
      if (!SUSPECT.test(ch) && !BLANK_LETTERS.has(cp)) continue;
      // A decoded reference maps to the `&` that starts it.
      const from = block.sourceRange(at, at + ch.length)[0];
      REFERENCE.lastIndex = from;
      const written = REFERENCE.exec(doc.text)?.[0];
      if (written === undefined) continue;
      const range: [number, number] = [from, from + written.length];
      // In context as the reader gets it: the decoded characters around it.
      if (cp !== 0xfeff && isLegitimate(text, at, cp, ch.length, around)) continue;
      // A run of references to the same character is one finding, as a run of the characters is.
      const prev = out[out.length - 1];
      if (prev && prev.range[1] === from && prev.quote === `U+${hex(cp)}`) {
        prev.range = [prev.range[0], range[1]];
        if (prev.fix) prev.fix = { range: prev.range, text: '' };
        continue;
      }
      const label = labelOf(cp);
      out.push({
        kind: 'invisible',
        label: { zh: `${label.zh}，以字符引用 ${written} 写出`, en: `${label.en}, written as the character reference ${written}` },
        range,
        quote: `U+${hex(cp)}`,
        ...(/[\p{Co}\p{Cn}]/u.test(ch) ? {} : { fix: { range, text: '' } }),
        properties: { codePoint: `U+${hex(cp)}`, bidi: BIDI.has(cp), reference: written },
      });
    }
  }
  return out;
}
