// The stable JSON shape (documented in the README): one entry a file, ESLint's field names; written file by file.
import type { LintResult } from '../types.js';
import { collect, type StreamingFormatter } from './types.js';

const entry = ({ source: _source, ...r }: LintResult) => ({
  ...r,
  messages: r.messages.map((m) => ({
    ruleId: m.ruleId,
    ...(m.messageId && { messageId: m.messageId }),
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    offset: m.offset,
    endOffset: m.endOffset,
    ...(m.fix && { fix: m.fix }),
    ...(m.related && { related: m.related }),
    ...(m.properties && { properties: m.properties }),
    ...(m.fatal && { fatal: true }),
    ...(m.paragraph && { paragraph: m.paragraph }),
  })),
});

export const jsonStream: StreamingFormatter = {
  begin: () => '[',
  file: (r, i) => (i > 0 ? ',' : '') + JSON.stringify(entry(r)),
  end: () => ']\n',
};

export const json = collect(jsonStream);
