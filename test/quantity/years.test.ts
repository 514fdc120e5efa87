// One reader for years and dates (src/quantity): the `years` rows of test/quantity/phrasings/*.json, and the
// promise behind it — a document gives the same findings whether its years are written 2025, ２０２５, 二〇二五
// or 2 0 2 5 (digits spaced apart by PDF extraction).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/document/document.js';
import { datingYears } from '../../src/quantity/context.js';
import { findDates } from '../../src/quantity/dates.js';
import { phasesOf } from '../../src/quantity/index.js';
import { findYearSpans } from '../../src/quantity/years.js';
import { builtinPlugin } from '../../src/rules/index.js';
import { lintWith } from '../helpers/rule-tester.js';

interface YearPhrasing {
  read: 'dating' | 'spans' | 'dates' | 'phases';
  text: string;
  expect: unknown[];
}

function read(row: YearPhrasing): unknown[] {
  switch (row.read) {
    case 'dating':
      return datingYears(row.text).map((y) => [y.year, y.goal]);
    case 'spans':
      return findYearSpans(row.text).map((s) => [s.from, s.to]);
    case 'dates':
      return findDates(row.text).map((d) => [d.year, d.month, d.day]);
    case 'phases':
      return phasesOf(new PolicyDocument(row.text, 'a.txt'))
        .filter((plan) => plan.phases.length >= 2)
        .flatMap((plan) => plan.phases.map((p) => [p.name, p.startYear, p.endYear]));
  }
}

describe('year phrasings', () => {
  const dir = path.join(import.meta.dirname, 'phrasings');
  const rows = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { years?: YearPhrasing[] }).years ?? []);
  it('has rows of every kind, look-alikes among them', () => {
    for (const kind of ['dating', 'spans', 'dates', 'phases']) expect(rows.filter((r) => r.read === kind).length).toBeGreaterThan(3);
    expect(rows.filter((r) => r.expect.length === 0).length).toBeGreaterThan(10);
  });
  it.each(rows.map((r, i) => [i, r.read, r.text, r] as const))('#%i %s %s', (_i, _kind, _text, row) => {
    expect(read(row)).toEqual(row.expect);
  });
});

/** The same text with every ASCII digit full-width, or with its years in Chinese digits, or spaced apart. */
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const chineseYears = (s: string): string =>
  s.replace(/(?<!\d)(\d{4})(?=\s*年|—\d{4})/g, (y) => [...y].map((c) => '〇一二三四五六七八九'[Number(c)]).join(''));
/** PDF extraction: the digits of each year spaced apart (2016 → 2 0 1 6), the text otherwise unchanged. */
const spacedYears = (s: string): string => s.replace(/(?<!\d)(\d{4})(?=\s*年)/g, (y) => [...y].join(' '));

const PHASES = [
  '产业集聚阶段（2016年-2017年）。总产值超过500亿元。\n产业协同阶段（2017年-2020年）。总产值超过700亿元。',
  '第一阶段（2016—2018年）：打基础。\n第二阶段（2020—2022年）：上规模。',
  '计划到2025年建成产业基地。\n第一阶段（2016—2020年）：打基础。\n第二阶段（2021—2023年）：上规模。',
  '规划期为2021—2025年。\n近期阶段（2021—2023年）：起步。\n远期阶段（2024—2027年）：见效。',
  '分步实施：第一阶段（2021—2022年），试点示范；第二阶段（2022—2025年），全面推广。',
];
const GOALS = [
  '到2025年，高新技术企业数量达到600家。\n到2025年，高新技术企业数量达到720家以上。',
  '到2025年，产业集群总产值超千亿元。\n到2025年，产业集群总产值达到900亿元。',
  '2027年，力争全市规模以上工业企业数量达到1200家。\n到2027年，全市规模以上工业企业数量达到1500家。',
];

describe('years written in full-width, Chinese or spaced digits give the findings of ASCII years', () => {
  const findings = async (id: string, text: string): Promise<unknown[]> =>
    (await lintWith(builtinPlugin.rules[id]!, text)).map((m) => [m.line, m.column, m.messageId, m.related?.map((r) => r.line)]);
  for (const [id, texts] of [['phase-years', PHASES], ['goal-consistency', GOALS]] as const) {
    it.each(texts.map((t) => [t]))(`${id}: %s`, async (text) => {
      const ascii = await findings(id, text);
      expect(ascii.length).toBeGreaterThan(0);
      expect(await findings(id, fullWidth(text))).toEqual(ascii);
      expect(await findings(id, chineseYears(text))).toEqual(ascii);
      if (id === 'phase-years') {
        // Spacing moves columns after the year: compare lines and kinds.
        const at = (list: unknown[]): unknown[] => list.map((f) => [(f as unknown[])[0], (f as unknown[])[2]]);
        expect(at(await findings(id, spacedYears(text)))).toEqual(at(ascii));
      }
    });
  }
});

describe('other rules read years and document numbers through the same reader', () => {
  const kinds = async (id: string, text: string): Promise<unknown[]> =>
    (await lintWith(builtinPlugin.rules[id]!, text)).map((m) => [m.line, m.column, m.messageId]);
  it('range-format: a year span with a hyphen, in ASCII or full-width digits', async () => {
    const text = '产业集聚阶段（2016年-2017年），形成集群。';
    expect(await kinds('range-format', text)).toEqual([[1, 8, 'yearDash']]);
    expect(await kinds('range-format', fullWidth(text).replace('-', '－'))).toEqual([[1, 8, 'yearDash']]);
  });
  it('doc-number: a serial with a leading zero, in ASCII or full-width digits; a code after a Latin letter is none', async () => {
    const text = '现将《方案》（江府〔2016〕05号）印发给你们。';
    expect(await kinds('doc-number', text)).toEqual([[1, 16, 'serialZero']]);
    expect(await kinds('doc-number', fullWidth(text))).toEqual([[1, 16, 'serialZero']]);
    expect(await kinds('doc-number', '型号AB〔2016〕05号')).toEqual([]);
  });
});
