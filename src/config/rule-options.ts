// Validates a rule's options against the JSON Schema the rule declares, filling in defaults.
import type { ValidateFunction } from 'ajv';
import type { Rule } from '../types.js';
import { getAjv, problems } from './ajv.js';
import { ConfigError } from './errors.js';

const compiled = new WeakMap<Rule, ValidateFunction>();

/**
 * Returns a copy of `options` with the schema's defaults applied.
 * `where` names the file and JSON path for messages, e.g. `.policylintrc.json: /rules/phase-total/1`.
 */
export function validateRuleOptions(rule: Rule, options: unknown, where: string): Record<string, unknown> {
  const schema = rule.meta.schema as { properties?: Record<string, { default?: unknown }>; required?: string[] };
  if (options === undefined && !schema.required?.length) return defaultsOf(schema.properties ?? {});
  let validate = compiled.get(rule);
  if (!validate) {
    validate = getAjv().compile({ type: 'object', ...rule.meta.schema });
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

/** The defaults of a schema's top-level properties: all that validation would add to an absent options object. */
function defaultsOf(properties: Record<string, { default?: unknown }>): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(properties)) if (p.default !== undefined) options[key] = structuredClone(p.default);
  return options;
}
