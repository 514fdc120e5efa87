// The leaf types of policylint: ranges, positions, messages and settings. This module imports nothing, so any
// module (the document model, the quantity engine) can use them without a cycle through the rule contract.

export type Locale = 'zh' | 'en';
export type SeverityName = 'off' | 'warn' | 'error';
/** 1 = warning, 2 = error (ESLint's numbering). */
export type SeverityLevel = 1 | 2;

/** Every user-facing text exists in Chinese (default) and English (`--locale en`). */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** A half-open range of UTF-16 offsets into the decoded source text. */
export type Range = [start: number, end: number];

export interface Fix {
  range: Range;
  text: string;
}

/** Shared options, read by several rules. Validated by schemas/policylintrc.schema.json. */
export interface Settings {
  locale?: Locale;
  quantity?: {
    /** Relative width δ of 近/接近 X: [X·(1−δ), X). */
    nearDelta?: number;
    /** Half-width of 约/左右 X as a multiple of the unit of its last significant digit. */
    approxUnits?: number;
    /** Extra relative tolerance when comparing figures. */
    relativeTolerance?: number;
  };
  injection?: {
    allowDomains?: string[];
  };
  encoding?: string;
  maxFileSize?: number;
  /** Milliseconds one rule may take on one file before it is reported as an error (default 10000). */
  ruleTimeBudget?: number;
  /** Warn about inline directives that disable nothing (`--report-unused-disable-directives`). */
  reportUnusedDisableDirectives?: boolean;
  [pluginKey: `${string}/${string}`]: unknown;
}

export interface LintPosition {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface RelatedLocation extends LintPosition {
  message: string;
  offset: number;
  endOffset: number;
  /** Set when the related place is in another file (cross-document checks). */
  filePath?: string;
}

export interface LintMessage extends LintPosition {
  ruleId: string | null;
  /** The key of the rule's message (`meta.messages`), as in ESLint: stable across locales and wording. */
  messageId?: string;
  severity: SeverityLevel;
  message: string;
  /** UTF-16 offsets into the decoded text. */
  offset: number;
  endOffset: number;
  fix?: Fix;
  related?: RelatedLocation[];
  properties?: Record<string, unknown>;
  /**
   * Not a finding about the content: the file could not be checked (ruleId null), or a rule failed on it
   * (ruleId set). At error severity it makes the run exit 2.
   */
  fatal?: boolean;
  /**
   * Word files and long lines: the finding quoted in its context, `…培育【发展发展】数字经济…`, for people
   * (stylish, compact, HTML) who cannot find a place by line and column there.
   */
  context?: string;
  /** The stack of a rule that threw (printed with --debug; not in the JSON output). */
  stack?: string;
  /** Word files: the place as a paragraph (`line` and `column` say the same; offsets count in the extracted text). */
  paragraph?: ParagraphLocation;
}

/** A place in a Word document, which has paragraphs rather than lines. */
export interface ParagraphLocation {
  /** 1-based, in reading order; empty paragraphs and table-cell paragraphs count. */
  number: number;
  /** 0-based character offset (UTF-16) in the paragraph, and length. */
  charOffset: number;
  charLength: number;
  /** The text found there. */
  snippet: string;
}
