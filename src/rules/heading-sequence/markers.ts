// Writes a marker with another value in the style it was written in (三、 → 四、, （２） → （３）),
// for messages that name the missing items.
import type { NumberedBlock } from '../../document/numbering.js';

const DIGIT = '零一二三四五六七八九';

/** 1–999 as a Chinese numeral the way headings write them (十一, 二十, 一百零五). */
export function chineseNumeral(v: number): string {
  if (v < 10) return DIGIT[v]!;
  if (v < 100) {
    const tens = Math.floor(v / 10);
    return `${tens === 1 ? '' : DIGIT[tens]}十${v % 10 ? DIGIT[v % 10] : ''}`;
  }
  const rest = v % 100;
  const head = `${DIGIT[Math.floor(v / 100)]}百`;
  if (rest === 0) return head;
  if (rest < 10) return `${head}零${DIGIT[rest]}`;
  return head + (rest < 20 ? '一' : '') + chineseNumeral(rest);
}

const FULL_WIDTH = /[０-９]/;
const NUMERAL = /[一二三四五六七八九十百零〇两]+|[0-9０-９]+/;

export function markerText(n: NumberedBlock): string {
  return n.marker.trim();
}

export function markerWithValue(n: NumberedBlock, value: number): string {
  const marker = markerText(n);
  return marker.replace(NUMERAL, (old) => {
    if (/^[0-9０-９]/.test(old)) {
      const digits = String(value);
      return FULL_WIDTH.test(old) ? digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : digits;
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
