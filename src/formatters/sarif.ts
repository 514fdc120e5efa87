// SARIF 2.1.0 for code-scanning services: one run, rule metadata, results with regions and related locations.
import { pathToFileURL } from 'node:url';
import { localize } from '../engine/messages.js';
import type { LintMessage, RelatedLocation } from '../types.js';
import type { Formatter } from './types.js';
import { displayPath } from '../files/paths.js';
import { packagePath } from '../package-root.js';

const DOCS_DIR = packagePath('docs', 'rules') + '/';

const region = (p: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset' | 'paragraph'>) =>
  p.paragraph
    ? // Word files have no lines: characters of the extracted text (paragraphs one a line), the paragraph in properties.
      {
        charOffset: p.offset,
        charLength: p.endOffset - p.offset,
        snippet: { text: p.paragraph.snippet },
        properties: { paragraph: p.paragraph.number, paragraphCharOffset: p.paragraph.charOffset },
      }
    : { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn };

export const sarif: Formatter = (results, { cwd, rules, locale, version }) => {
  const usedRuleIds = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)).filter((id): id is string => !!id))].sort();
  const ruleIndex = new Map(usedRuleIds.map((id, i) => [id, i]));
  const driverRules = usedRuleIds.map((id) => {
    const rule = rules.get(id);
    const meta = rule?.meta;
    return {
      id,
      shortDescription: { text: meta ? localize(meta.description, locale) : id },
      helpUri: meta?.docsUrl ?? pathToFileURL(`${DOCS_DIR}${id}.md`).href,
      defaultConfiguration: { level: meta?.severity === 'warn' ? 'warning' : 'error' },
      properties: { fixable: meta?.fixable ?? false },
    };
  });
  const notifications: object[] = [];
  const sarifResults: object[] = [];
  for (const r of results) {
    const artifact = artifactLocation(r.filePath, cwd);
    // A related place may be in another document of the set (cross-document checks).
    const location = (p: LintMessage | RelatedLocation) => ({
      physicalLocation: {
        artifactLocation: 'filePath' in p && p.filePath ? artifactLocation(p.filePath, cwd) : artifact,
        region: region(p),
      },
    });
    for (const m of r.messages) {
      if (m.ruleId === null) {
        notifications.push({ level: m.severity === 2 ? 'error' : 'warning', message: { text: m.message }, locations: [location(m)] });
        continue;
      }
      sarifResults.push({
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message },
        locations: [location(m)],
        ...(m.related && {
          relatedLocations: m.related.map((rel, id) => ({ id, ...location(rel), message: { text: rel.message } })),
        }),
        ...(m.properties && { properties: m.properties }),
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policylint', version, informationUri: 'https://www.npmjs.com/package/policylint', rules: driverRules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        invocations: [{ executionSuccessful: !notifications.some((n) => (n as { level: string }).level === 'error'), toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/**
 * A file's SARIF location: a URI reference, so `#`, `?`, `%` and spaces in names are percent-encoded (else
 * `c#1.txt` would name `c` with a fragment). Inside the working folder it is relative to %SRCROOT%; outside, a
 * file: URL.
 */
export function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const shown = displayPath(filePath, cwd);
  if (shown.startsWith('/') || /^[a-z]:/i.test(shown)) return { uri: pathToFileURL(filePath).href };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
