// Inline control comments: <!-- policylint-disable rule-a, rule-b --> and friends.
import type { Range } from '../leaf-types.js';

export type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  type: DirectiveType;
  /** Empty means every rule. */
  rules: string[];
  /** 1-based line the directive stands on. */
  line: number;
  range: Range;
}

const DIRECTIVE_HEAD = /^\s*(?:<!--\s*)?policylint-(disable-next-line|disable-line|disable|enable)\b/;

/** Parses one comment or plain-text line; null if it is not a directive. */
export function parseDirective(text: string, line: number, range: Range): Directive | null {
  const m = DIRECTIVE_HEAD.exec(text);
  if (!m) return null;
  // The rule list is what follows, without the trailing spaces and `-->`. Cut with string functions: as a pattern,
  // `([^]*?)\s*(?:-->)?\s*$` tried every split of a run of spaces at every lazy step (cubic, hours on one line).
  let rest = text.slice(m[0].length).trimEnd();
  if (rest.endsWith('-->')) rest = rest.slice(0, -3).trimEnd();
  // `-- reason` after the rule list is a free comment, as in ESLint.
  const list = rest.split(/\s--\s/)[0]!;
  const rules = list.split(/[\s,]+/).filter(Boolean);
  return { type: m[1] as DirectiveType, rules, line, range };
}
