// SARIF 2.1.0 for code-scanning services: one run, rule metadata, results with regions and related locations.
import { pathToFileURL } from 'node:url';
import { localize } from '../engine/messages.js';
import type { LintMessage, RelatedLocation } from '../types.js';
import type { Formatter } from './types.js';
import { displayPath } from '../files/paths.js';
import { ruleDocsUrl } from '../rule-docs-url.js';

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
    const description = meta ? localize(meta.description, locale) : id;
    const helpUri = ruleDocsUrl(id, rule);
    return {
      id,
      shortDescription: { text: description },
      ...(helpUri && { helpUri }),
      // What code-scanning services show as the rule's help: the description and where the full page is.
      help: helpUri ? { text: `${description}\n${helpUri}`, markdown: `${description}\n\n[${id}](${helpUri})` } : { text: description },
      defaultConfiguration: { level: meta?.severity === 'warn' ? 'warning' : 'error' },
      properties: { fixable: meta?.fixable ?? false },
    };
  });
  const notifications: { level: string }[] = [];
  const sarifResults: object[] = [];
  for (const r of results) {
    // Relative to the working folder (the checkout), with no base id: code scanning resolves such a URI against
    // the repository, and the log does not carry the runner's own paths. A related place may be in another
    // document of the set (cross-document checks).
    const artifact = artifactLocation(r.filePath, cwd);
    const location = (p: LintMessage | RelatedLocation) => ({
      physicalLocation: {
        artifactLocation: 'filePath' in p && p.filePath ? artifactLocation(p.filePath, cwd) : artifact,
        region: region(p),
      },
    });
    for (const m of r.messages) {
      // A file that could not be checked, or a rule that failed on it: a failure of the run, not a result.
      if (m.ruleId === null || m.fatal) {
        notifications.push({
          level: m.severity === 2 ? 'error' : 'warning',
          message: { text: m.message },
          locations: [location(m)],
          ...(m.ruleId !== null && { associatedRule: { id: m.ruleId, ...(ruleIndex.has(m.ruleId) && { index: ruleIndex.get(m.ruleId) }) } }),
          ...(m.properties && { properties: m.properties }),
        } as { level: string });
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
        ...(m.fix && !m.paragraph && {
          fixes: [
            {
              artifactChanges: [
                {
                  artifactLocation: artifact,
                  replacements: [
                    { deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] }, insertedContent: { text: m.fix.text } },
                  ],
                },
              ],
            },
          ],
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
        invocations: [{ executionSuccessful: !notifications.some((n) => n.level === 'error'), toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/**
 * A file's SARIF location: a URI reference, so `#`, `?`, `%` and spaces in names are percent-encoded (else
 * `c#1.txt` would name `c` with a fragment). Inside the working folder it is relative (no base id); outside, a
 * file: URL.
 */
export function artifactLocation(filePath: string, cwd: string): { uri: string } {
  const shown = displayPath(filePath, cwd);
  if (shown.startsWith('/') || /^[a-z]:/i.test(shown)) return { uri: pathToFileURL(filePath).href };
  return { uri: shown.split('/').map(encodeURIComponent).join('/') };
}
