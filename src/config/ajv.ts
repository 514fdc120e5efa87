// Schema validation: one ajv instance, created on first use (most runs never need it: the config schema is
// precompiled at build time), and messages that say where, what was expected and what was found.
import type { Ajv as AjvType, ErrorObject, ValidateFunction } from 'ajv';
import { ajv } from '../commonjs.js';

let instance: AjvType | undefined;

export function getAjv(): AjvType {
  if (!instance) {
    const { Ajv } = ajv();
    instance = new Ajv({ allErrors: true, useDefaults: true, strict: false });
  }
  return instance;
}

const show = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));

function valueAt(root: unknown, pointer: string): unknown {
  let v: any = root;
  for (const part of pointer.split('/').slice(1)) {
    v = v?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

function describe(error: ErrorObject, data: unknown): { path: string; text: string } | null {
  const path = error.instancePath || '/';
  const found = show(valueAt(data, error.instancePath));
  const p = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { path: `${error.instancePath}/${p.additionalProperty}`, text: `unknown key "${p.additionalProperty}"` };
    case 'type':
      return { path, text: `expected ${p.type}, found ${found}` };
    case 'enum':
      return { path, text: `expected one of ${(p.allowedValues as unknown[]).map(show).join(', ')}, found ${found}` };
    case 'required':
      return { path, text: `missing required key "${p.missingProperty}"` };
    case 'oneOf':
    case 'anyOf':
      return null; // the branch errors say more
    default:
      return { path, text: `${error.message ?? 'invalid'}, found ${found}` };
  }
}

/** Validates `data`; returns readable problems, the most specific first, one per JSON path. */
export function problems(validate: ValidateFunction, data: unknown): { path: string; text: string }[] {
  if (validate(data)) return [];
  const seen = new Map<string, string>();
  for (const e of validate.errors ?? []) {
    const d = describe(e, data);
    if (!d) continue;
    // Under oneOf, keep one problem per path (the first is usually the intended branch).
    if (!seen.has(d.path)) seen.set(d.path, d.text);
  }
  if (seen.size === 0) seen.set('/', 'invalid value');
  // Drop a parent's problem when a child path explains it.
  const paths = [...seen.keys()];
  return paths
    .filter((p) => !paths.some((q) => q !== p && q.startsWith(p === '/' ? '/' : `${p}/`)))
    .map((path) => ({ path, text: seen.get(path)! }));
}
