// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
import { collect, type StreamingFormatter } from './types.js';
import { displayPath } from '../files/paths.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const githubStream: StreamingFormatter = {
  file(r, _i, { cwd }) {
    let out = '';
    for (const m of r.messages) {
      const props = [
        `file=${escapeProperty(displayPath(r.filePath, cwd))}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId ?? 'policylint')}`,
      ];
      out += `::${m.severity === 2 ? 'error' : 'warning'} ${props.join(',')}::${escapeData(m.message)}\n`;
    }
    return out;
  },
};

export const github = collect(githubStream);
