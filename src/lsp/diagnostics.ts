// A lint message as an LSP diagnostic. Positions come from the message's UTF-16 offsets, which are what LSP
// positions count by default (0-based line, UTF-16 character).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl } from '../rule-docs-url.js';
import type { LintMessage, Rule } from '../types.js';

export function toDiagnostic(m: LintMessage, document: TextDocument, rules?: ReadonlyMap<string, Rule>): Diagnostic {
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  const diagnostic: Diagnostic = {
    range: range(m.offset, m.endOffset),
    severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'policylint',
    message: m.message,
  };
  if (m.ruleId) {
    diagnostic.code = m.ruleId;
    const docs = ruleDocsUrl(m.ruleId, rules?.get(m.ruleId));
    if (docs) diagnostic.codeDescription = { href: docs };
  }
  if (m.related?.length) {
    diagnostic.relatedInformation = m.related.map((r) => ({
      // A place in another document of a set: its own file, at its line and column (it is not open here).
      location: r.filePath
        ? { uri: pathToFileURL(r.filePath).href, range: { start: { line: r.line - 1, character: r.column - 1 }, end: { line: r.endLine - 1, character: r.endColumn - 1 } } }
        : { uri: document.uri, range: range(r.offset, r.endOffset) },
      message: r.message,
    }));
  }
  if (m.properties || m.fix) diagnostic.data = { ...(m.properties && { properties: m.properties }), fixable: Boolean(m.fix) };
  return diagnostic;
}
