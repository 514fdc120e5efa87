// The stable JSON shape (documented in the README): one entry a file, ESLint's field names.
import type { Formatter } from './types.js';

export const json: Formatter = (results) =>
  JSON.stringify(
    results.map(({ source: _source, ...r }) => ({
      ...r,
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
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
      })),
    })),
  ) + '\n';
