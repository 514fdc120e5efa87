// The default report: findings grouped by file, a summary line; colour only on a terminal.
import type { Locale } from '../types.js';
import { collect, type StreamingFormatter } from './types.js';
import { displayPath } from '../files/paths.js';
import { placeOf, relatedPlaceOf } from './place.js';

const paint = (on: boolean, code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** Terminal cells a string takes: CJK and full-width characters take two. */
function cells(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) || ch.codePointAt(0)! > 0x1ffff ? 2 : 1;
  return n;
}

const SUMMARY: Record<Locale, (p: number, e: number, w: number) => string> = {
  zh: (p, e, w) => `✖ 共 ${p} 个问题（${e} 个错误，${w} 个警告）`,
  en: (p, e, w) => `✖ ${p} problem${p === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'})`,
};
const FIXABLE: Record<Locale, (e: number, w: number) => string> = {
  zh: (e, w) => `  其中 ${e} 个错误、${w} 个警告可用 --fix 自动修复。`,
  en: (e, w) => `  ${e} error${e === 1 ? '' : 's'} and ${w} warning${w === 1 ? '' : 's'} potentially fixable with the \`--fix\` option.`,
};
const SEVERITY: Record<Locale, [string, string]> = { zh: ['警告', '错误'], en: ['warning', 'error'] };
const RELATED: Record<Locale, string> = { zh: '另见', en: 'see also' };
/** A finding grouped over many places (one spam label 93 times) shows a few of them and counts the rest. */
const MAX_RELATED = 5;
const MORE: Record<Locale, (n: number, where: string) => string> = {
  zh: (n, where) => `另有 ${n} 处：${where}`,
  en: (n, where) => `${n} more: ${where}`,
};

export const stylishStream: StreamingFormatter = {
  file(r, _i, { cwd, color, locale }) {
    if (r.messages.length === 0) return '';
    let out = `\n${paint(color, 4, displayPath(r.filePath, cwd))}\n`;
    const rows = r.messages.map((m) => ({ pos: placeOf(m, locale), sev: SEVERITY[locale][m.severity - 1]!, m }));
    const posWidth = Math.max(...rows.map((x) => cells(x.pos)));
    const sevWidth = Math.max(...rows.map((x) => cells(x.sev)));
    for (const { pos, sev, m } of rows) {
      const sevText = paint(color, m.severity === 2 ? 31 : 33, sev + ' '.repeat(sevWidth - cells(sev)));
      const quote = m.context ? `  ${m.context}` : '';
      out += `  ${paint(color, 2, pos + ' '.repeat(posWidth - cells(pos)))}  ${sevText}  ${m.message}${quote}  ${paint(color, 2, m.ruleId ?? '')}\n`;
      const related = m.related ?? [];
      const shown = related.length > MAX_RELATED + 1 ? related.slice(0, MAX_RELATED) : related;
      const indent = ' '.repeat(posWidth + sevWidth + 4);
      const whereOf = (rel: (typeof related)[number]) => `${rel.filePath ? `${displayPath(rel.filePath, cwd)}:` : ''}${relatedPlaceOf(m, rel, locale)}`;
      for (const rel of shown) out += `  ${indent}${paint(color, 2, `${RELATED[locale]} ${whereOf(rel)} ${rel.message}`)}\n`;
      if (shown.length < related.length) {
        const rest = related.slice(shown.length);
        const listed = rest.slice(0, 20).map(whereOf).join(' ') + (rest.length > 20 ? ' …' : '');
        out += `  ${indent}${paint(color, 2, MORE[locale](rest.length, listed))}\n`;
      }
    }
    return out;
  },
  end({ errors, warnings, fixableErrors, fixableWarnings }, { color, locale }) {
    const total = errors + warnings;
    if (total === 0) return '';
    const tint = errors > 0 ? 31 : 33;
    let out = `\n${paint(color, tint, SUMMARY[locale](total, errors, warnings))}\n`;
    if (fixableErrors + fixableWarnings > 0) out += paint(color, tint, FIXABLE[locale](fixableErrors, fixableWarnings)) + '\n';
    return out;
  },
};

export const stylish = collect(stylishStream);
