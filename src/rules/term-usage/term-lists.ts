// Term lists: the built-in ones by name, the user's from JSON files, validated once per process.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getAjv, problems } from '../../config/ajv.js';
import schema from '../../../schemas/term-list.schema.json' with { type: 'json' };
import commonErrors from './lists/common-errors.json' with { type: 'json' };
import variantForms from './lists/variant-forms.json' with { type: 'json' };

export interface TermEntry {
  wrong: string;
  right: string;
  category: string;
  source: string;
  /** Must match (sticky) where the wrong form starts. */
  context: RegExp | null;
}

interface TermListFile {
  name?: string;
  source?: string;
  entries: { wrong: string; right: string; category: string; source?: string; context?: string }[];
}

export const BUILTIN_LISTS: Record<string, TermListFile> = {
  'policylint:common-errors': commonErrors,
  'policylint:variant-forms': variantForms,
};

const cache = new Map<string, TermEntry[]>();

/** The entries of one list: a built-in name, or a JSON file relative to `cwd`. Throws with the file named. */
export function loadTermList(ref: string, cwd: string): TermEntry[] {
  const key = ref in BUILTIN_LISTS ? ref : resolve(cwd, ref);
  const cached = cache.get(key);
  if (cached) return cached;
  const data = BUILTIN_LISTS[ref] ?? readListFile(key);
  const entries = data.entries.map((e, i) => ({
    wrong: e.wrong,
    right: e.right,
    category: e.category,
    source: e.source ?? data.source ?? data.name ?? ref,
    context: e.context === undefined ? null : compileContext(e.context, `${ref}: /entries/${i}/context`),
  }));
  cache.set(key, entries);
  return entries;
}

function readListFile(file: string): TermListFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`term-usage: cannot read the term list ${file}: ${(e as Error).message}`);
  }
  const validate = getAjv().compile(schema);
  const found = problems(validate, data);
  if (found.length > 0) throw new Error(`term-usage: ${file}: ${found.map((p) => `${p.path}: ${p.text}`).join('; ')}`);
  return data as TermListFile;
}

function compileContext(source: string, where: string): RegExp {
  try {
    return new RegExp(source, 'y');
  } catch (e) {
    throw new Error(`term-usage: ${where}: not a regular expression: ${(e as Error).message}`);
  }
}
