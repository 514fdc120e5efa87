// Applies <!-- policylint-disable … --> directives to a file's messages.
import type { Directive } from '../document/directives.js';
import type { LintMessage } from '../types.js';

const covers = (d: Directive, ruleId: string | null) => d.rules.length === 0 || (ruleId !== null && d.rules.includes(ruleId));

/** Keeps the messages no directive disables; `used` collects the directives that disabled something. */
export function applyDirectives(messages: LintMessage[], directives: readonly Directive[], used?: Set<Directive>): LintMessage[] {
  if (directives.length === 0) return messages;
  const ordered = [...directives].sort((a, b) => a.range[0] - b.range[0]);
  return messages.filter((message) => {
    if (message.fatal) return true;
    let disabledBy: Directive | undefined;
    for (const d of ordered) {
      if (d.type === 'disable-next-line' || d.type === 'disable-line') {
        if (message.line === d.line + (d.type === 'disable-next-line' ? 1 : 0) && covers(d, message.ruleId)) {
          used?.add(d);
          return false;
        }
        continue;
      }
      if (d.range[0] > message.offset) break;
      if (!covers(d, message.ruleId)) continue;
      // The last disable/enable that names the rule (or all rules) before the message wins.
      disabledBy = d.type === 'disable' ? d : undefined;
    }
    if (disabledBy) used?.add(disabledBy);
    return !disabledBy;
  });
}
