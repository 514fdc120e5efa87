// Figures in table cells: a cell holds a bare number (`70`, `1,234.5`, `７０`, `七十`) or a number with its unit
// (`70亿元`); the unit of bare numbers is declared in a header cell or a caption (`金额（亿元）`, `单位：万元`).
import { UNITS, UNIT_PATTERN, type UnitEntry } from './lexicon.js';
import { parseNumeral, scaleFactor, toHalfWidthDigits } from './numerals.js';

export interface CellFigure {
  /** The number in the unit it is written in (`70` for 70亿元 and for 70 under 单位：亿元). */
  written: number;
  /** Unit of its last written digit, in the same unit as `written`. */
  precision: number;
  /** The unit written in the cell, if any. */
  unit: DeclaredUnit | null;
  /** `-`, `—`, `/`: nothing in this cell (statistical tables write a zero or an absent value so). */
  blank: boolean;
}

export interface DeclaredUnit {
  /** As written (`亿元`). */
  label: string;
  dimension: string;
  /** Factor of the written unit to the dimension's base unit (亿元 → 1e8). */
  factor: number;
}

const BLANK = /^(?:[-—–－/／…]+|——)$/;
const NUMBER = /^([-−－]?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[万亿]{0,2}|[零〇○一二两三四五六七八九十百千万亿]{1,12}(?:[点][零〇○一二三四五六七八九]{1,6})?)\s*(.*)$/;
const UNIT_ONLY = new RegExp(`^([十百千万亿]{0,3})(${UNIT_PATTERN})$`);
const DECLARED = new RegExp(`(?:单位[：:]\\s*|[（(]\\s*)([十百千万亿]{0,3})(${UNIT_PATTERN})\\s*(?:[）)]|$|[，,；;。\\s])`);

/** The figure a cell states, or null when the cell is not a number (a label, a percentage with words, a date). */
export function cellFigure(raw: string): CellFigure | null {
  const text = toHalfWidthDigits(raw).replace(/，/g, ',').trim();
  if (text === '') return null;
  if (BLANK.test(text)) return { written: 0, precision: 0, unit: null, blank: true };
  const m = NUMBER.exec(text);
  if (!m) return null;
  const [, sign, numeral, rest] = m as unknown as [string, string, string, string];
  // 二〇二五, 一九: digits read one by one are years or codes.
  if (/^[零〇○一二两三四五六七八九]{2,}$/.test(numeral)) return null;
  const parsed = parseNumeral(numeral);
  if (!parsed || parsed.coarse) return null;
  let unit: DeclaredUnit | null = null;
  if (rest !== '') {
    const u = UNIT_ONLY.exec(rest);
    if (!u) return null;
    unit = unitOf(u[1]!, u[2]!);
  }
  const negative = sign !== '' ? -1 : 1;
  return { written: negative * parsed.value, precision: parsed.precision, unit, blank: false };
}

/** The unit a header cell or caption declares (`产值（亿元）`, `单位：万元`), or null. */
export function declaredUnit(text: string): DeclaredUnit | null {
  const m = DECLARED.exec(toHalfWidthDigits(text));
  return m ? unitOf(m[1]!, m[2]!) : null;
}

function unitOf(magnitude: string, name: string): DeclaredUnit {
  const entry: UnitEntry = UNITS.get(name)!;
  let small = 1;
  for (const c of magnitude) small *= c === '十' ? 10 : c === '百' ? 100 : c === '千' ? 1000 : 1;
  return { label: magnitude + name, dimension: entry.dimension, factor: entry.factor * small * scaleFactor(magnitude.replace(/[十百千]/g, '')) };
}
