// A configuration resolved for one file: which rules run, how severe, with which options.
import type { Locale, Rule, SeverityLevel, Settings } from '../types.js';

export interface ResolvedRule {
  /** Qualified id: `duplicated-word` for built-in rules, `plugin/rule` for others. */
  id: string;
  rule: Rule;
  severity: SeverityLevel;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  rules: ResolvedRule[];
  settings: Settings;
  locale: Locale;
  /** Digest of the code of local plugins (part of the cache key). */
  pluginCode?: string;
  /** Every rule known to the run, enabled or not (to tell a misspelt rule in a directive from one turned off). */
  registry?: ReadonlyMap<string, Rule>;
}
