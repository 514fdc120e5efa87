// What every detector of injected-content returns; index.ts turns findings into reports.
import type { Fix, LocalizedText, Range } from '../../types.js';

export type InjectionKind =
  | 'spam'
  | 'repeated-insertion'
  | 'invisible'
  | 'hidden-markup'
  | 'prompt-injection'
  | 'contact-bait'
  /** A visible link to a domain off the allow list: worth a look, not proof of injection. */
  | 'link';

export interface InjectionFinding {
  kind: InjectionKind;
  /** Names what was found, e.g. 博彩垃圾信息 / gambling spam; shown in the message. */
  label: LocalizedText;
  /** Source range. */
  range: Range;
  /** The text quoted in the message (a code point like U+200B for invisible characters). */
  quote: string;
  fix?: Fix;
  /** Extra machine-readable facts beyond `kind` (category, domain, occurrences). */
  properties?: Record<string, unknown>;
  /** Lowers this finding to a warning when it is suspicious rather than clearly wrong. */
  severity?: 'warn';
}

const MAX_QUOTE = 40;

/** Shortens a quote for a message, on one line. */
export function quoteOf(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_QUOTE ? `${oneLine.slice(0, MAX_QUOTE)}…` : oneLine;
}

export const overlaps = (a: Range, b: Range): boolean => a[0] < b[1] && b[0] < a[1];
