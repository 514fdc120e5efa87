// Runs the configured rules over one document and turns their reports into messages.
import { PolicyDocument } from '../document/document.js';
import type { Directive } from '../document/directives.js';
import type { DocumentFacts, DocumentLocation, LintMessage, ReportDescriptor, Range, LintResult, RuleContext } from '../types.js';
import type { ResolvedConfig, ResolvedRule } from '../config/config-types.js';
import { applyDirectives } from './disable-directives.js';
import { ProcessExitError } from './exit-guard.js';
import { coreMessage } from './messages.js';
import { messageOfReport, type ReportedPlace, type RuleReport } from './report-message.js';
import { fileResult } from './file-result.js';
import { timed, type Stopwatch } from './stopwatch.js';

/** Default of `settings.ruleTimeBudget`: a rule slower than this on one file gets an error finding. */
export const DEFAULT_RULE_TIME_BUDGET_MS = 10_000;
/**
 * Findings per rule and file: a crafted file (24 MB of one repeated character) could otherwise make a rule
 * report millions of times and exhaust the heap. The report beyond it stops the rule on that file (an
 * exception out of `report`), and one summary finding says so.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

class FindingsLimitReached extends Error {}

/** Lints one document; with a stopwatch, times each rule and the shared analyses it computes (TIMING=1). */
export function lintDocument(doc: PolicyDocument, config: ResolvedConfig, stopwatch?: Stopwatch): LintMessage[] {
  const messages: LintMessage[] = [];
  doc.stopwatch = stopwatch;
  const budget = config.settings.ruleTimeBudget ?? DEFAULT_RULE_TIME_BUDGET_MS;
  for (const entry of config.rules) {
    const started = performance.now();
    try {
      timed(stopwatch, entry.id, () => withoutProcessExit(() => runRule(doc, entry, config, messages)));
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

/**
 * Runs a rule with `process.exit` turned into an exception: a plugin that calls it would otherwise end the run
 * (or its worker) with a truncated report. It is then a crash of that rule on that file (exit 2).
 */
function withoutProcessExit<T>(run: () => T): T {
  const exit = process.exit;
  process.exit = ((code?: number) => {
    throw new ProcessExitError(code);
  }) as typeof process.exit;
  try {
    return run();
  } finally {
    process.exit = exit;
  }
}

/** Longest text a rule may quote into a message: a crafted 32K-character "word" must not be quoted 1,000 times. */
const MAX_QUOTE = 200;

function boundedData(data: ReportDescriptor['data']): ReportDescriptor['data'] {
  if (!data || !Object.values(data).some((v) => typeof v === 'string' && v.length > MAX_QUOTE)) return data;
  const cut = (v: string) => v.slice(0, /[\uD800-\uDBFF]/.test(v[MAX_QUOTE - 1]!) ? MAX_QUOTE - 1 : MAX_QUOTE);
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' && v.length > MAX_QUOTE ? `${cut(v)}…` : v]));
}

/** A fix range a rule may propose: two integers, in order, inside the text. Anything else is dropped. */
function isValidFixRange(range: unknown, length: number): range is Range {
  if (!Array.isArray(range) || range.length !== 2) return false;
  const [s, e] = range as unknown[];
  return Number.isSafeInteger(s) && Number.isSafeInteger(e) && (s as number) >= 0 && (s as number) <= (e as number) && (e as number) <= length;
}

function runRule(doc: PolicyDocument, entry: ResolvedRule, config: ResolvedConfig, out: LintMessage[]): void {
  const { rule } = entry;
  let reported = 0;
  let badFixes = 0;
  const report = (d: ReportDescriptor): void => {
    if (++reported > MAX_FINDINGS_PER_RULE) throw new FindingsLimitReached();
    const location = locationOf(doc, rangeOfReport(d));
    const related = d.related?.map((r): ReportedPlace => ({ location: locationOf(doc, r.range), messageId: r.messageId, data: r.data }));
    const report: RuleReport = { messageId: d.messageId, data: boundedData(d.data), severity: d.severity, properties: d.properties };
    const message = messageOfReport(rule, entry.id, entry.severity, report, location, related, config.locale);
    if (d.fix && (!isValidFixRange(d.fix.range, doc.text.length) || typeof d.fix.text !== 'string')) {
      // Clamping [NaN, NaN] or [-5, 1e9] would insert the text again on each pass or delete the whole file.
      badFixes++;
    } else if (d.fix) {
      const fixRange: Range = [d.fix.range[0], d.fix.range[1]];
      // Markup, link targets and front matter are never edited, whatever a rule proposes; deleting whole lines
      // of whole paragraphs (web-residue) leaves the markup around them intact.
      const deletesBlocks = d.fix.text === '' && doc.format === 'markdown' && doc.isWholeBlocks(fixRange);
      if (doc.format === 'text' || doc.isProse(fixRange) || deletesBlocks) message.fix = { range: fixRange, text: d.fix.text };
    }
    out.push(message);
  };
  try {
    rule.create(contextFor(doc, entry, config, report));
  } catch (error) {
    if (!(error instanceof FindingsLimitReached)) throw error;
  }
  const notice = (id: 'tooManyFindings' | 'badFixRange', data: Record<string, number>): LintMessage => ({
    ...positionOf(doc, [0, 0]),
    ruleId: entry.id,
    severity: 1,
    message: coreMessage(id, config.locale, { rule: entry.id, ...data }),
  });
  if (reported > MAX_FINDINGS_PER_RULE) out.push(notice('tooManyFindings', { max: MAX_FINDINGS_PER_RULE }));
  if (badFixes > 0) out.push(notice('badFixRange', { count: badFixes }));
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
  const location: DocumentLocation = positionOf(doc, clamped);
  location.text = doc.text.slice(clamped[0], Math.min(clamped[1], clamped[0] + RELATED_TEXT_MAX));
  return location;
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
