// ESLint's fix model: apply non-overlapping range edits in one pass; the caller re-lints and repeats.
import type { Fix, LintMessage } from '../types.js';

export interface FixPass {
  output: string;
  applied: Fix[];
}

export function applyFixes(text: string, messages: readonly LintMessage[]): FixPass {
  const fixes = messages
    .map((m) => m.fix)
    .filter((f): f is Fix => f !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  let output = '';
  let cursor = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    // Overlapping (or touching, for two insertions at one place) fixes wait for the next pass.
    if (start < cursor || (applied.length > 0 && start === cursor && start === end)) continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied.push(fix);
  }
  output += text.slice(cursor);
  return { output, applied };
}
