// Public types of policylint: the rule contract, plugin shape and lint results.
import type { PolicyDocument } from './document/document.js';
import type { Directive } from './document/directives.js';
import type { Locale, SeverityName, LocalizedText, Range, Fix, Settings, LintPosition, LintMessage } from './leaf-types.js';

export type * from './leaf-types.js';

export interface RelatedDescriptor {
  range: Range;
  messageId?: string;
  data?: Record<string, string | number>;
}

/** Anything with an mdast/unist position (a Markdown node), as a way to say where a finding is. */
export interface PositionedNode {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where: a source range, or a node of `document.mdast` (its whole extent). One of the two is required. */
  range?: Range;
  node?: PositionedNode;
  fix?: Fix;
  /** Other places the finding is about (the earlier goal, the overlapping phase). */
  related?: RelatedDescriptor[];
  /** Extra machine-readable facts, e.g. `{ kind: 'spam' }`; copied to JSON and SARIF `properties`. */
  properties?: Record<string, unknown>;
  /** A rule may lower (never raise) the configured severity of one finding. */
  severity?: 'warn';
}

export interface RuleExample {
  /** Shown in the docs above the example. */
  title?: LocalizedText;
  text: string;
  /** Decides the format as a file name does: `.md` Markdown, `.html` an HTML page, else plain text. Default `example.txt`. */
  filename?: string;
  options?: unknown;
  /** For invalid examples: the exact Chinese messages expected, in order. */
  messages?: string[];
}

export interface RuleDocs {
  decides: LocalizedText;
  limits: LocalizedText;
  turnOff: LocalizedText;
}

/** A rule's findings on the development set and how many a reviewer judged right (docs/precision.json). */
export interface RulePrecision {
  findings: number;
  judged: number;
  truePositives: number;
  judgedErrors: number;
  errorTruePositives: number;
}

export interface RuleMeta {
  id: string;
  description: LocalizedText;
  docsUrl?: string;
  /** Severity when a preset enables the rule. */
  severity: 'warn' | 'error';
  /** In `recommended` (and so in `gongwen`) unless false. */
  recommended?: boolean;
  /** Presets the rule belongs to beyond `recommended`: `gongwen` (official-document format rules). */
  presets?: 'gongwen'[];
  /** JSON Schema of the rule's options object. */
  schema: Record<string, unknown>;
  fixable?: boolean;
  messages: Record<string, LocalizedText>;
  examples?: { valid?: RuleExample[]; invalid?: RuleExample[] };
  /** What the rule's page says beyond its examples: how it decides, its limits, when to turn it off. */
  docs?: RuleDocs;
  /** Bump when the rule's findings change; part of the cache key. */
  version?: string;
}

export interface RuleContext<Options = Record<string, unknown>> {
  readonly id: string;
  readonly options: Options;
  readonly settings: Settings;
  readonly locale: Locale;
  readonly document: PolicyDocument;
  report(descriptor: ReportDescriptor): void;
  /** Line, column and offsets of a source range, for facts that outlive the document (cross-document checks). */
  locate(range: Range): DocumentLocation;
}

/** A place in a document, self-contained: it needs no document to be shown. */
export interface DocumentLocation extends LintPosition {
  offset: number;
  endOffset: number;
  /** The text there (at most 80 characters), shown for a related place that has no message of its own. */
  text?: string;
}

export interface Rule<Options = any> {
  meta: RuleMeta;
  /** Runs the rule over `context.document`, reporting through `context.report`. */
  create(context: RuleContext<Options>): void;
  /** Optional: checks across the documents of one set (`--project`, `documentSets`). */
  crossFile?: CrossFileRule<Options>;
}

/**
 * A check across documents: `collect` runs once per document (possibly in a worker thread) and returns
 * JSON-serialisable facts; `check` runs once per document set, in the main thread, over every member's facts.
 */
export interface CrossFileRule<Options = any> {
  collect(context: RuleContext<Options>): unknown;
  check(documents: { filePath: string; facts: unknown }[], context: CrossFileContext<Options>): void;
}

export interface CrossFileContext<Options = any> {
  readonly id: string;
  readonly options: Options;
  readonly settings: Settings;
  readonly locale: Locale;
  report(descriptor: CrossFileReport): void;
}

export interface CrossFileReport {
  filePath: string;
  location: DocumentLocation;
  messageId: string;
  data?: Record<string, string | number>;
  related?: { filePath: string; location: DocumentLocation; messageId?: string; data?: Record<string, string | number> }[];
  properties?: Record<string, unknown>;
  severity?: 'warn';
}

export interface PluginConfig {
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  settings?: Settings;
}

export interface Plugin {
  name: string;
  rules: Record<string, Rule>;
  configs?: Record<string, PluginConfig>;
}

export type RuleSetting = SeverityName | [SeverityName] | [SeverityName, Record<string, unknown>];

export interface ConfigOverride {
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: Record<string, RuleSetting>;
  settings?: Settings;
}

/** The shape of `.policylintrc.json`. */
export interface ConfigFile {
  $schema?: string;
  extends?: string | string[];
  plugins?: string[];
  rules?: Record<string, RuleSetting>;
  files?: string[];
  ignores?: string[];
  overrides?: ConfigOverride[];
  settings?: Settings;
  documentSets?: { name?: string; files: string | string[] }[];
}

export interface DocumentFacts {
  /** What each cross-document rule collected, by rule id. */
  byRule: Record<string, unknown>;
  /** The document's inline directives, which apply to cross-document findings too. */
  directives: readonly Directive[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The decoded text, kept for formatters that show context (html). */
  source?: string;
  /** The fixed text, when fixes were applied. */
  output?: string;
  /** Facts for cross-document rules (internal: kept between linting and the document-set check, then dropped). */
  facts?: DocumentFacts;
  /** With the `stats` option (TIMING=1): milliseconds spent on this file, by rule id and `(parse)`. */
  stats?: { times: Record<string, number> };
}
