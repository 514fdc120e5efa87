// Cross-document checks: after every file is linted, each document set (`--project`, config `documentSets`)
// is checked by the rules that have a `crossFile` part, over the facts each member collected.
import type { ConfigSet } from '../config/config-set.js';
import { globMatcher } from '../commonjs.js';
import { relativePosix } from '../files/paths.js';
import type { CrossFileReport, LintMessage, LintResult } from '../types.js';
import { applyDirectives } from './disable-directives.js';
import { sortMessages, toResult } from './lint-document.js';
import { ruleMessage } from './messages.js';

export interface DocumentSet {
  name: string;
  /** Absolute paths, in lint order. */
  files: string[];
}

/** The sets of a run: all files with `--project`, plus the config's `documentSets`. */
export function documentSetsOf(files: string[], configs: ConfigSet, project: boolean): DocumentSet[] {
  const sets: DocumentSet[] = [];
  if (project) sets.push({ name: 'project', files });
  for (const [i, set] of (configs.raw.documentSets ?? []).entries()) {
    const matches = globMatcher(set.files);
    const members = files.filter((f) => matches(relativePosix(configs.baseDir, f)));
    sets.push({ name: set.name ?? `documentSets[${i}]`, files: members });
  }
  return sets.filter((s) => s.files.length >= 2);
}

/** Adds the findings of the cross-document rules to the results (in place) and drops the collected facts. */
export function checkDocumentSets(results: LintResult[], sets: DocumentSet[], configs: ConfigSet): LintResult[] {
  const byPath = new Map(results.map((r) => [r.filePath, r]));
  const added = new Map<string, LintMessage[]>();
  const seen = new Set<string>();
  for (const set of sets) {
    const members = set.files.map((f) => byPath.get(f)).filter((r): r is LintResult => r?.facts !== undefined);
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
          if (!target || !byPath.has(d.filePath)) return;
          // A pair of documents in two sets is reported once.
          const key = JSON.stringify([ruleId, d.filePath, d.location.offset, d.messageId, d.data]);
          if (seen.has(key)) return;
          seen.add(key);
          const message: LintMessage = {
            ...d.location,
            ruleId,
            messageId: d.messageId,
            severity: d.severity === 'warn' ? 1 : target.severity,
            message: ruleMessage(rule, d.messageId, d.data, config.locale),
          };
          if (d.related?.length) {
            message.related = d.related.map((r) => ({
              ...r.location,
              message: r.messageId ? ruleMessage(rule, r.messageId, r.data, config.locale) : '',
              filePath: r.filePath,
            }));
          }
          if (d.properties) message.properties = d.properties;
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
    return { ...toResult(r.filePath, messages, rest.source), ...(rest.output !== undefined && { output: rest.output }) };
  });
}
