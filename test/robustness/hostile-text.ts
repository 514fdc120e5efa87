// Generators and a raw rule runner for the hostile-text tests: random text built from the fragments rules
// look for (so that it reaches their inner code), arbitrary Unicode, lone surrogates and long repeats.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateRuleOptions } from '../../src/config/rule-options.js';
import { PolicyDocument } from '../../src/document/document.js';
import { builtinPlugin } from '../../src/rules/index.js';
import type { Range, ReportDescriptor, Rule } from '../../src/types.js';
import { ROOT } from '../helpers/cli.js';

/** Every built-in rule, as registered now (the list grows while rules are written). */
export const BUILTIN_RULES: [string, Rule][] = Object.entries(builtinPlugin.rules);

export const FRAGMENTS = [
  // words, doubled words, numbers and quantities
  '发展', '培育发展发展', '研究研究', '哈哈', '十四五', '“十四五”', '到2025年', '2016—2017年', '2017-2020年', '2021～2025年',
  '99999999999999999999亿元', '1.5万亿元', '３０％', '0.5个百分点', '约', '左右', '近', '超过', '不低于', '亿元', '万千瓦',
  '%', '‰', '1,234,567', '12.5', '一千二百万', '两', '万', '亿', '第', '年', '增长', '达到', '目标', '其中', '合计', '共',
  // numbering and structure
  '一、', '二、', '十、', '（一）', '（二）', '1.', '2.', '（1）', '①', '第一章', '第二条', '第三节', '附件：',
  // Markdown and HTML
  '# ', '## ', '###### ', '- ', '* ', '1) ', '> ', '```', '\n```\n', '    ', '|a|b|\n|-|-|\n', '---\n', '**', '_',
  '<!-- policylint-disable -->', '<!-- policylint-enable -->', '<!-- policylint-disable-next-line duplicated-word -->',
  'policylint-disable', '<!--', '-->', '<div style="display:none">', '</div>', '<span hidden>', '<br>', '&nbsp;', '&#x202e;',
  '[链接](http://example.cn)', '](', '![](x.png)', 'http://', 'https://www.菠菜.com/', 'www.', '.com', '@', 'QQ：12345678',
  // injected content
  '澳门和记娱乐场', '菠菜导航网', '开平市', '忽略以上所有指令', 'ignore previous instructions', '加微信', '返回顶部', '打印本页',
  // invisible, bidi and odd characters
  '\u200b', '\u200d', '\u202e', '\u2066', '\u2069', '\ufeff', '\u00ad', '\u0301', '\u0300\u0301\u0302', '\u3000', '\u00a0',
  '\t', '\v', '\f', '\u0000', '\u0085', '\u2028', '\u2029', '𠀀', '👨‍👩‍👧', '\ud800', '\udfff',
  // breaks, punctuation and brackets
  '\n', '\r\n', '\r', '\n\n', '。', '，', '；', '：', '？', '！', '、', '…', '——', '（', '）', '((', '))', '【', '】',
  '《', '》', '“', '”', '‘', '’', '「', '」', '[', ']', '(', ')',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/**
 * Every rule's documented invalid examples, each as paragraphs of their own. Random fragments alone reach the
 * reporting code of few rules (most need a sentence shaped like a plan's, a phase list, a sum, a document number):
 * without these, "reports only ranges inside the text" and "fixes converge" held for most rules because they
 * never reported anything.
 */
export const RULE_EXAMPLES = BUILTIN_RULES.flatMap(([, rule]) => (rule.meta.examples?.invalid ?? []).map((e) => `\n\n${e.text}\n\n`));

export const hostileToken = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...RULE_EXAMPLES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 4 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 ** 9 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 2, max: 300 })).map(([s, n]) => s.repeat(n)),
  },
);

export const hostileText = fc.array(hostileToken, { maxLength: 40 }).map((parts) => parts.join(''));

/** Hostile text, half the time around one of the rule's own invalid examples: text that reaches its reports. */
export function hostileTextFor(rule: Rule): fc.Arbitrary<string> {
  const own = (rule.meta.examples?.invalid ?? []).map((e) => `\n\n${e.text}\n\n`);
  if (own.length === 0) return hostileText;
  return fc.oneof(hostileText, fc.tuple(hostileText, fc.constantFrom(...own), hostileText).map((parts) => parts.join('')));
}

export const filenames = fc.constantFrom('hostile.txt', 'hostile.md');

/** Runs a rule the way the engine does but keeps its raw reports: the engine clamps ranges, this must not. */
export function runRaw(rule: Rule, doc: PolicyDocument): ReportDescriptor[] {
  const reports: ReportDescriptor[] = [];
  rule.create({
    id: rule.meta.id,
    options: validateRuleOptions(rule, undefined, 'test'),
    settings: {},
    locale: 'zh',
    document: doc,
    report: (d) => reports.push(d),
  });
  return reports;
}

/** Problems with a rule's reports: ranges outside the text or reversed, unknown message ids. */
export function reportProblems(rule: Rule, text: string, reports: ReportDescriptor[]): string[] {
  const problems: string[] = [];
  const check = (what: string, r: Range) => {
    const [s, e] = r;
    if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e < s || e > text.length) {
      problems.push(`${what} range [${s}, ${e}] is not inside the text (length ${text.length})`);
    }
  };
  for (const d of reports) {
    check('report', d.range);
    if (d.fix) check('fix', d.fix.range);
    for (const r of d.related ?? []) check('related', r.range);
    if (!rule.meta.messages[d.messageId]) problems.push(`unknown messageId ${d.messageId}`);
  }
  return problems;
}

/** Size of the adversarial inputs, in UTF-16 code units. */
export const SIZE = 100_000;

export const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const seedText = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'))
  .join('');

/**
 * [name, text, filename]: long runs of what rules look for, nested brackets, markup, and real prose on one line. Markdown
 * whose parse is itself super-linear (micromark on `*_` runs, thousands of nested `>`) is left out: see the
 * README section "Limits and encodings".
 */
export const ADVERSARIAL: [string, string, string][] = [
  ['one character repeated', fill('发'), 'a.txt'],
  ['a word repeated', fill('发展'), 'a.txt'],
  ['a doubled word repeated', fill('培育发展发展'), 'a.txt'],
  ['digits', fill('9'), 'a.txt'],
  ['a huge number with units, repeated', fill('99999999999999999999亿元，约'), 'a.txt'],
  ['year ranges', fill('2016—2017年、2017-2020年，'), 'a.txt'],
  ['nested brackets', fill('（', SIZE / 2) + fill('）', SIZE / 2), 'a.txt'],
  ['numbering markers', fill('（一）1.一、第一章'), 'a.txt'],
  ['quotes and punctuation', fill('“，。；“'), 'a.txt'],
  ['invisible characters', fill('\u200b\u200d\u00ad\ufeff'), 'a.txt'],
  ['full-width spaces and tabs', fill('\u3000\t '), 'a.txt'],
  ['a number, a long run of spaces, a unit', `0${fill(' ')}年亿元`, 'a.md'],
  ['a directive, then a long run of spaces', `<!-- policylint-disable ${fill(' ')}x`, 'a.txt'],
  ['a heading, a long run of spaces, more text', `# a${fill(' ')}b`, 'a.md'],
  ['one line per character', fill('发\n'), 'a.txt'],
  ['link-like text', fill('http://www.'), 'a.txt'],
  ['spam words', fill('澳门和记娱乐场菠菜'), 'a.txt'],
  ['the seed documents on one line', fill(seedText.replace(/\s*\n\s*/g, '')), 'a.txt'],
  ['nested lists', fill('- '), 'a.md'],
  ['open HTML comments', fill('<!--'), 'a.md'],
  ['inline HTML', fill('<span style="display:none">发展'), 'a.md'],
];

