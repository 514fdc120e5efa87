// One line a finding, `path:line:col: severity message [rule]`, for editor problem matchers.
import { collect, type StreamingFormatter } from './types.js';
import { displayPath } from '../files/paths.js';
import { messageWithContext } from './place.js';

export const compactStream: StreamingFormatter = {
  file(r, _i, { cwd, locale }) {
    let out = '';
    for (const m of r.messages) {
      const severity = m.severity === 2 ? 'error' : 'warning';
      // Line and column stay for problem matchers; a Word paragraph and the quote go with the message.
      const text = messageWithContext(m, locale).replace(/\s*\n\s*/g, ' ');
      out += `${displayPath(r.filePath, cwd)}:${m.line}:${m.column}: ${severity} ${text} [${m.ruleId ?? (m.fatal ? 'fatal' : 'policylint')}]\n`;
    }
    return out;
  },
};

export const compact = collect(compactStream);
