// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
import type { Formatter } from './types.js';
import { displayPath } from './paths.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      const props = [
        `file=${escapeProperty(displayPath(r.filePath, cwd))}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId ?? 'policylint')}`,
      ];
      lines.push(`::${m.severity === 2 ? 'error' : 'warning'} ${props.join(',')}::${escapeData(m.message)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
