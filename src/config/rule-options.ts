// Validates a rule's options against the JSON Schema the rule declares, filling in defaults.
import type { ValidateFunction } from 'ajv';
import type { Rule } from '../types.js';
import { ajv, problems } from './ajv.js';
import { ConfigError } from './errors.js';

const compiled = new WeakMap<Rule, ValidateFunction>();

/**
 * Returns a copy of `options` with the schema's defaults applied.
 * `where` names the file and JSON path for messages, e.g. `.policylintrc.json: /rules/phase-total/1`.
 */
export function validateRuleOptions(rule: Rule, options: unknown, where: string): Record<string, unknown> {
  let validate = compiled.get(rule);
  if (!validate) {
    validate = ajv.compile({ type: 'object', ...rule.meta.schema });
    compiled.set(rule, validate);
  }
  const copy = structuredClone(options ?? {}) as Record<string, unknown>;
  const found = problems(validate, copy);
  if (found.length > 0) {
    throw new ConfigError(
      found.map((p) => `${where}${p.path === '/' ? '' : p.path}: ${p.text} (options of rule "${rule.meta.id}")`).join('\n'),
    );
  }
  return copy;
}
