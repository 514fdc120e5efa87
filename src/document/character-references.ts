// Character references as CommonMark reads them (`&amp;`, `&#8203;`, `&#x202E;`): which characters a
// reference in the source stands for, so that the block text can map each decoded character to it.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

const REFERENCE = /&(?:#([xX][0-9a-fA-F]{1,6}|\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/y;

export interface Reference {
  /** The characters the reference stands for. */
  decoded: string;
  /** Its length in the source, `&` to `;`. */
  length: number;
}

/** The reference starting at `at` and ending by `end`, if there is a valid one. */
export function referenceAt(source: string, at: number, end: number): Reference | undefined {
  if (source.charCodeAt(at) !== 0x26) return undefined;
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(source);
  if (!m || at + m[0].length > end) return undefined;
  const decoded = m[1] !== undefined ? numeric(m[1]) : decodeNamedCharacterReference(m[2]!);
  return decoded ? { decoded, length: m[0].length } : undefined;
}

/** CommonMark: code point 0, surrogates and values beyond Unicode decode to U+FFFD. */
function numeric(digits: string): string {
  const cp = digits[0] === 'x' || digits[0] === 'X' ? parseInt(digits.slice(1), 16) : parseInt(digits, 10);
  return cp === 0 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff ? '\uFFFD' : String.fromCodePoint(cp);
}
