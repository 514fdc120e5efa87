// Cross-document checks: after the files are linted, each document set (`--project`, config `documentSets`)
// is checked by the rules that have a `crossFile` part, over the facts each member collected.
import type { ConfigSet } from '../config/config-set.js';
import { globMatcher } from '../commonjs.js';
import { relativePosix } from '../files/paths.js';
import type { CrossFileReport, LintMessage, LintResult } from '../types.js';
import { applyDirectives } from './disable-directives.js';
import { sortMessages } from './lint-document.js';
import { fileResult } from './file-result.js';
import { messageOfReport } from './report-message.js';

export interface DocumentSet {
  name: string;
  /** Absolute paths, in lint order. */
  files: string[];
}

/**
 * The sets of a run: the linted files with `--project`, plus the config's `documentSets`, whose members are the
 * `candidates` (linted files and the files on disk) that match the set's globs.
 */
export function documentSetsOf(linted: string[], candidates: string[], configs: ConfigSet, project: boolean): DocumentSet[] {
  const sets: DocumentSet[] = [];
  if (project) sets.push({ name: 'project', files: linted });
  for (const [i, set] of (configs.raw.documentSets ?? []).entries()) {
    const matches = globMatcher(set.files);
    const members = candidates.filter((f) => matches(relativePosix(configs.baseDir, f)));
    sets.push({ name: set.name ?? `documentSets[${i}]`, files: members });
  }
  return sets.filter((s) => s.files.length >= 2);
}

/**
 * The results with the findings of the cross-document rules added, and the collected facts dropped. `context`
 * holds members that were not linted in this run: they are compared, and come first in their set (a rule
 * reports a conflict on the later document, which is then the linted one), but nothing is reported on them.
 */
export function checkDocumentSets(results: LintResult[], sets: DocumentSet[], configs: ConfigSet, context: LintResult[] = []): LintResult[] {
  const linted = new Set(results.map((r) => r.filePath));
  const byPath = new Map([...context, ...results].map((r) => [r.filePath, r]));
  const added = new Map<string, LintMessage[]>();
  const seen = new Set<string>();
  for (const set of sets) {
    const ordered = [...set.files.filter((f) => !linted.has(f)), ...set.files.filter((f) => linted.has(f))];
    const members = ordered.map((f) => byPath.get(f)).filter((r): r is LintResult => r?.facts !== undefined);
    for (const [ruleId, rule] of configs.registry) {
      const cross = rule.crossFile;
      if (!cross) continue;
      const documents = members
        .filter((r) => ruleId in r.facts!.byRule)
        .map((r) => ({ filePath: r.filePath, facts: r.facts!.byRule[ruleId] }));
      if (documents.length < 2) continue;
      const config = configs.forFile(documents[0]!.filePath);
      const entry = config.rules.find((r) => r.id === ruleId)!;
      cross.check(documents, {
        id: ruleId,
        options: entry.options,
        settings: config.settings,
        locale: config.locale,
        report(d: CrossFileReport) {
          const target = configs.forFile(d.filePath).rules.find((r) => r.id === ruleId);
          if (!target || !linted.has(d.filePath)) return;
          // A pair of documents in two sets is reported once.
          const key = JSON.stringify([ruleId, d.filePath, d.location.offset, d.messageId, d.data]);
          if (seen.has(key)) return;
          seen.add(key);
          const message = messageOfReport(rule, ruleId, target.severity, d, d.location, d.related, config.locale);
          added.set(d.filePath, [...(added.get(d.filePath) ?? []), message]);
        },
      });
    }
  }
  return results.map((r) => {
    const { facts, ...rest } = r;
    const extra = added.get(r.filePath);
    if (!extra) return rest;
    const messages = sortMessages([...rest.messages, ...applyDirectives(extra, facts?.directives ?? [])]);
    return fileResult(r.filePath, messages, { source: rest.source, output: rest.output, stats: rest.stats });
  });
}
