// The other structural signal of repeated-insertion: a name whose surface form changes inside one
// document, written once with look-alike characters (开平巿 for 开平市, a Kangxi radical ⽇ for 日, a
// Cyrillic о in gоv.cn), the way spam evades keyword filters. Reported only where the plain form of the
// same name also stands in the document, so rare characters used on purpose stay quiet.
import type { Block } from '../../document/block.js';
import { quoteOf, type InjectionFinding } from './finding.js';
import data from './lookalikes.json' with { type: 'json' };

const MAP = data.characters as Record<string, string>;
/**
 * Kangxi radicals, CJK radicals supplement, compatibility ideographs and the listed look-alikes (all single
 * UTF-16 code units), as a table: one lookup per character, where a character-class regex cost five times more.
 */
export const LOOKALIKE = new Uint8Array(0x10000);
LOOKALIKE.fill(1, 0x2e80, 0x2fe0);
LOOKALIKE.fill(1, 0xf900, 0xfb00);
for (const ch of Object.keys(MAP)) if (ch.length === 1) LOOKALIKE[ch.charCodeAt(0)] = 1;
const CYRILLIC_GREEK = /[\u0370-\u03FF\u0400-\u04FF\u0500-\u052F]/;
const LATIN = /[A-Za-z]/;
const NAME_CHAR = /[\p{Script=Han}\p{L}\p{N}.\-]/u;
const MAX_SIDE = 8;
const MIN_NAME = 2;

function plain(ch: string): string {
  return MAP[ch] ?? ch.normalize('NFKC');
}

const LABEL = {
  zh: '名称混入形近字符，与文中其他地方写法不一',
  en: 'a name written with look-alike characters, unlike elsewhere in the document',
};

/** `mayHold(i)`, when given, is false for blocks (by index in `blocks`) known to hold no look-alike character. */
export function findAlteredNames(blocks: readonly Block[], wholeText: string, mayHold?: (i: number) => boolean): InjectionFinding[] {
  const out: InjectionFinding[] = [];
  const seen = new Map<string, boolean>();
  const inDocument = (normal: string): boolean => {
    let known = seen.get(normal);
    if (known === undefined) seen.set(normal, (known = wholeText.includes(normal)));
    return known;
  };
  for (let b = 0; b < blocks.length; b++) {
    if (mayHold && !mayHold(b)) continue;
    const block = blocks[b]!;
    const text = block.text;
    for (let at = 0; at < text.length; at++) {
      if (LOOKALIKE[text.charCodeAt(at)] !== 1) continue;
      const ch = text[at]!;
      const replacement = plain(ch);
      if (replacement === ch) continue;
      // Cyrillic and Greek letters are look-alikes only inside a Latin word (mixed script).
      if (CYRILLIC_GREEK.test(ch) && !LATIN.test(text.slice(Math.max(0, at - 3), at + 4))) continue;
      let s = at;
      let e = at + 1;
      while (s > 0 && at - s < MAX_SIDE && NAME_CHAR.test(text[s - 1]!)) s--;
      while (e < text.length && e - at <= MAX_SIDE && NAME_CHAR.test(text[e]!)) e++;
      // The longest window around the character whose plain form the document also uses.
      const found = windows(s, e, at).find(([ws, we]) => inDocument([...text.slice(ws, we)].map(plain).join('')));
      if (!found) continue;
      const [ws, we] = found;
      const written = text.slice(ws, we);
      const normal = [...written].map(plain).join('');
      out.push({
        kind: 'repeated-insertion',
        label: LABEL,
        range: block.sourceRange(ws, we),
        quote: quoteOf(written),
        fix: { range: block.sourceRange(at, at + 1), text: replacement },
        properties: { signal: 'altered-name', written, normal },
      });
    }
  }
  return out;
}

/** Windows [ws, we) inside [s, e) that contain `at`, at least MIN_NAME long, longest first. */
function windows(s: number, e: number, at: number): [number, number][] {
  const out: [number, number][] = [];
  for (let ws = s; ws <= at; ws++) for (let we = at + 1; we <= e; we++) if (we - ws >= MIN_NAME) out.push([ws, we]);
  return out.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
}
