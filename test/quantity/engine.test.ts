// The shared analysis: metric, year and phase context on seed 000, and the caching through doc.analysis.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/document/document.js';
import { phasesOf, quantitiesOf, sameFigure } from '../../src/quantity/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const seed000 = readFileSync(path.join(root, 'seeds/000_515e1a66cf77eeef.txt'), 'utf8');

describe('quantity engine on seed 000', () => {
  const doc = new PolicyDocument(seed000, '000.txt');
  const mentions = quantitiesOf(doc);
  const find = (surface: string, nth = 0) => mentions.filter((m) => m.surface === surface)[nth]!;

  it('finds the three phases of the plan and its target year', () => {
    const [plan] = phasesOf(doc).filter((p) => p.phases.length > 1);
    expect(plan!.phases.map((p) => [p.name, p.startYear, p.endYear])).toEqual([
      ['产业集聚阶段', 2016, 2017],
      ['产业协同阶段', 2017, 2020],
      ['全面发展阶段', 2021, 2025],
    ]);
    expect(plan!.target?.year).toBe(2025);
    expect(seed000.slice(...plan!.phases[1]!.range)).toBe('产业协同阶段（2017年-2020年）');
  });

  it('gives each figure its metric and year', () => {
    const total = find('超1100亿元');
    expect([total.metric, total.year, total.yearSource, total.qualifier]).toEqual(['总产值', 2025, 'phase', 'gt']);
    expect(seed000.slice(...total.range)).toBe('超1100亿元');
    const goal = find('超500亿元');
    expect([goal.metric, goal.year, goal.yearSource]).toEqual(['新能源及装备产业', 2025, 'block']);
    // 新能源及装备产业产值 and 新能源及装备产业 name one metric.
    expect(find('超500亿元', 1).metric).toBe('新能源及装备产业');
    expect(find('近300亿元').year).toBe(2020);
    expect(find('90亿元').year).toBe(2016);
  });

  it('marks figures that describe a noun', () => {
    expect(find('超千亿元').attributive).toBe(true);
    expect(find('10亿元以上').attributive).toBe(true);
    expect(find('超1100亿元').attributive).toBe(false);
  });

  it('is computed once per document and settings', () => {
    expect(quantitiesOf(doc)).toBe(mentions);
    expect(quantitiesOf(doc, { quantity: { nearDelta: 0.2 } })).not.toBe(mentions);
    const near = quantitiesOf(doc, { quantity: { nearDelta: 0.2 } }).find((m) => m.surface === '近300亿元')!;
    expect(near.interval.lo).toBeCloseTo(240e8);
  });
});

describe('sameFigure', () => {
  it('compares figures within the precision they are written with', () => {
    expect(sameFigure({ value: 600e8, precision: 1e8 }, { value: 600e8, precision: 1e8 })).toBe(true);
    expect(sameFigure({ value: 600, precision: 1 }, { value: 720, precision: 1 })).toBe(false);
    expect(sameFigure({ value: 11.86e12, precision: 1e10 }, { value: 11.9e12, precision: 1e11 })).toBe(true);
  });
});

/** Milliseconds the quantity reader takes on `text` (the document and its sentences built beforehand). */
function readingMs(text: string): number {
  const doc = new PolicyDocument(text, 'long.txt');
  void doc.sentences;
  const started = performance.now();
  quantitiesOf(doc);
  return performance.now() - started;
}

describe('grammar cost', () => {
  // Growth, not speed: four times the input may take at most about four times as long (8× and a fixed
  // allowance absorb a shared machine's noise; quadratic reading would take 16×, ~35 ms a quarter here).
  it('reads long runs of digits and numerals in linear time', () => {
    const text = (n: number) => `${'1'.repeat(n)}。${'一'.repeat(n)}。${'1,000'.repeat(n / 5)}。`;
    const ms = (n: number) => readingMs(text(n));
    ms(2_000); // warm-up
    const quarter = Math.min(ms(25_000), ms(25_000));
    expect(ms(100_000)).toBeLessThan(8 * quarter + 50);
  });

  // A paragraph of thousands of figures with no full stop (a table pasted as one line, an OCR page): what is
  // read per figure (目前 since the sentence start, a bracket's opener) must not be read again for each.
  it.each([
    ['a goal year of the sentence before', (n: number) => `到2025年。${'1亿元，'.repeat(n / 4)}`],
    ['a stray closing bracket before each figure', (n: number) => '）1亿元，'.repeat(n / 5)],
  ])('reads a paragraph of figures without a full stop in linear time: %s', (_name, text) => {
    const ms = (n: number) => readingMs(text(n));
    ms(2_000); // warm-up
    const quarter = Math.min(ms(50_000), ms(50_000));
    expect(ms(200_000)).toBeLessThan(8 * quarter + 50);
  }, 60_000);
});
