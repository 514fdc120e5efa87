// Runs the configured rules over one document and turns their reports into messages.
import { PolicyDocument } from '../document/document.js';
import type { Directive } from '../document/directives.js';
import type { DocumentFacts, DocumentLocation, LintMessage, ReportDescriptor, Range, LintResult, RuleContext } from '../types.js';
import type { ResolvedConfig, ResolvedRule } from './config-types.js';
import { applyDirectives } from './disable-directives.js';
import { coreMessage } from './messages.js';
import { messageOfReport } from './report-message.js';
import { fileResult } from './file-result.js';
import { timed, type Stopwatch } from './stopwatch.js';

/** Default of `settings.ruleTimeBudget`: a rule slower than this on one file gets an error finding. */
export const DEFAULT_RULE_TIME_BUDGET_MS = 10_000;

/** Lints one document; with a stopwatch, times each rule and the shared analyses it computes (TIMING=1). */
export function lintDocument(doc: PolicyDocument, config: ResolvedConfig, stopwatch?: Stopwatch): LintMessage[] {
  const messages: LintMessage[] = [];
  doc.stopwatch = stopwatch;
  const budget = config.settings.ruleTimeBudget ?? DEFAULT_RULE_TIME_BUDGET_MS;
  for (const entry of config.rules) {
    const started = performance.now();
    try {
      timed(stopwatch, entry.id, () => runRule(doc, entry, config, messages));
    } catch (error) {
      // A rule or plugin that throws is a failure of the tool, not a finding in the document (exit 2); the
      // other rules go on.
      messages.push({
        ...positionOf(doc, [0, 0]),
        ruleId: entry.id,
        severity: 2,
        message: coreMessage('ruleCrashed', config.locale, {
          rule: entry.id,
          error: error instanceof Error ? error.message : String(error),
        }),
        fatal: true,
        ...(error instanceof Error && error.stack && { stack: error.stack }),
      });
    }
    // Soft budget: measured after the fact (a hung rule is stopped by the worker pool's hard timeout).
    const elapsed = performance.now() - started;
    if (elapsed > budget) {
      messages.push({
        ...positionOf(doc, [0, 0]),
        ruleId: entry.id,
        severity: 2,
        message: coreMessage('ruleTimedOut', config.locale, { rule: entry.id, ms: budget }),
        fatal: true,
      });
    }
  }
  const used = new Set<Directive>();
  const kept = applyDirectives(messages, doc.directives, used);
  return sortMessages([...kept, ...directiveProblems(doc, config, used)]);
}

/**
 * Warnings about the directives themselves: one naming a rule that does not exist (a typo disables nothing), and
 * with `reportUnusedDisableDirectives` one that disabled nothing. A directive naming a cross-document rule may
 * be used by findings added later, so it is never called unused.
 */
function directiveProblems(doc: PolicyDocument, config: ResolvedConfig, used: Set<Directive>): LintMessage[] {
  const out: LintMessage[] = [];
  const warn = (d: Directive, message: string) => out.push({ ...positionOf(doc, d.range), ruleId: null, severity: 1, message });
  for (const d of doc.directives) {
    const unknown = config.registry ? d.rules.filter((id) => !config.registry!.has(id)) : [];
    for (const rule of unknown) warn(d, coreMessage('unknownRuleInDirective', config.locale, { rule, directive: `policylint-${d.type}` }));
    if (!config.settings.reportUnusedDisableDirectives || d.type === 'enable' || used.has(d) || unknown.length > 0) continue;
    if (d.rules.some((id) => config.registry?.get(id)?.crossFile)) continue;
    const rules = d.rules.length > 0 ? d.rules.join(', ') : coreMessage('allRules', config.locale);
    warn(d, coreMessage('unusedDirective', config.locale, { directive: `policylint-${d.type}`, rules }));
  }
  return out;
}

function runRule(doc: PolicyDocument, entry: ResolvedRule, config: ResolvedConfig, out: LintMessage[]): void {
  const { rule } = entry;
  const report = (d: ReportDescriptor): void => {
    const location = locationOf(doc, rangeOfReport(d));
    const related = d.related?.map((r) => ({ ...r, location: locationOf(doc, r.range) }));
    const message = messageOfReport(rule, entry.id, entry.severity, d, location, related, config.locale);
    if (d.fix) {
      const fixRange = clampRange(d.fix.range, doc.text.length);
      // Markup, link targets and front matter are never edited, whatever a rule proposes.
      if (doc.format === 'text' || doc.isProse(fixRange)) message.fix = { range: fixRange, text: d.fix.text };
    }
    out.push(message);
  };
  rule.create(contextFor(doc, entry, config, report));
}

function contextFor(doc: PolicyDocument, entry: ResolvedRule, config: ResolvedConfig, report: (d: ReportDescriptor) => void): RuleContext {
  return {
    id: entry.id,
    options: entry.options,
    settings: config.settings,
    locale: config.locale,
    document: doc,
    report,
    locate: (range) => locationOf(doc, range),
  };
}

/** Facts of the cross-document rules for one document; a rule that throws here contributes none. */
export function collectFacts(doc: PolicyDocument, config: ResolvedConfig): DocumentFacts {
  const byRule: Record<string, unknown> = {};
  const ignore = () => {};
  for (const entry of config.rules) {
    if (!entry.rule.crossFile) continue;
    try {
      byRule[entry.id] = entry.rule.crossFile.collect(contextFor(doc, entry, config, ignore));
    } catch {
      // the per-document run of the same rule reports the crash
    }
  }
  return { byRule, directives: doc.directives };
}

function rangeOfReport(d: ReportDescriptor): Range {
  if (d.range) return d.range;
  const start = d.node?.position?.start.offset;
  const end = d.node?.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`report("${d.messageId}") needs a range or a node with a position`);
  return [start, end];
}

function clampRange([s, e]: Range, length: number): Range {
  const start = Math.min(Math.max(0, Math.floor(s)), length);
  return [start, Math.min(Math.max(start, Math.floor(e)), length)];
}

/** A clamped range's position with the text there (cut short: it travels with cross-document facts). */
function locationOf(doc: PolicyDocument, range: Range): DocumentLocation {
  const clamped = clampRange(range, doc.text.length);
  return { ...positionOf(doc, clamped), text: doc.text.slice(clamped[0], Math.min(clamped[1], clamped[0] + RELATED_TEXT_MAX)) };
}
const RELATED_TEXT_MAX = 80;

export function positionOf(doc: PolicyDocument, [start, end]: Range) {
  const a = doc.lines.position(start);
  const b = doc.lines.position(end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset: start, endOffset: end };
}

export function sortMessages(messages: LintMessage[]): LintMessage[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column || byRuleId(a, b));
}

/** By code unit: `localeCompare` would build an ICU collator on first use, for ids that are ASCII anyway. */
function byRuleId(a: LintMessage, b: LintMessage): number {
  const x = a.ruleId ?? '';
  const y = b.ruleId ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A result of messages only (file-level problems); see fileResult for the rest. */
export function toResult(filePath: string, messages: LintMessage[], source?: string): LintResult {
  return fileResult(filePath, messages, { source });
}
