import type { LintResult, Locale, Rule } from '../types.js';

export interface FormatterContext {
  cwd: string;
  locale: Locale;
  /** Every rule known to the run, by qualified id (for SARIF rule metadata). */
  rules: ReadonlyMap<string, Rule>;
  color: boolean;
  version: string;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;
