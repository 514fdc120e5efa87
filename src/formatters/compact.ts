// One line a finding, `path:line:col: severity message [rule]`, for editor problem matchers.
import type { Formatter } from './types.js';
import { displayPath } from './paths.js';

export const compact: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      const severity = m.severity === 2 ? 'error' : 'warning';
      const text = m.message.replace(/\s*\n\s*/g, ' ');
      lines.push(`${displayPath(r.filePath, cwd)}:${m.line}:${m.column}: ${severity} ${text} [${m.ruleId ?? 'fatal'}]`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
