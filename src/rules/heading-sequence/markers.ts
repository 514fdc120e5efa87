// Writes a marker with another value in the style it was written in (三、 → 四、, （２） → （３）),
// for messages that name the missing items.
import type { NumberedBlock } from '../../document/numbering.js';
import { chineseNumeral, DIGIT_CLASS, hasDigit, ORDINAL_NUMERAL_CLASS, toFullWidthDigits, toHalfWidthDigits } from '../../quantity/numerals.js';

export { chineseNumeral };

const NUMERAL = new RegExp(`${ORDINAL_NUMERAL_CLASS}+|${DIGIT_CLASS}+`);

export function markerText(n: NumberedBlock): string {
  return n.marker.trim();
}

export function markerWithValue(n: NumberedBlock, value: number): string {
  const marker = markerText(n);
  return marker.replace(NUMERAL, (old) => {
    if (hasDigit(old)) {
      const digits = String(value);
      return old !== toHalfWidthDigits(old) ? toFullWidthDigits(digits) : digits;
    }
    return chineseNumeral(value);
  });
}

/** “三、” for one missing item, “三、”“四、” for a few, “三、”至“九、” for many. */
export function missingText(n: NumberedBlock, from: number, to: number): string {
  if (to - from >= 3) return `“${markerWithValue(n, from)}”至“${markerWithValue(n, to)}”`;
  const parts: string[] = [];
  for (let v = from; v <= to; v++) parts.push(`“${markerWithValue(n, v)}”`);
  return parts.join('');
}
