// Reads a JSON file (comments allowed, as in tsconfig.json) and reports syntax errors with line and column.
import { readFileSync } from 'node:fs';
import type { ParseError } from 'jsonc-parser';
import { jsonc } from '../commonjs.js';
import { LineIndex } from '../document/lines.js';
import { ConfigError } from './errors.js';

export function readJsonFile(path: string, displayPath = path): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${displayPath}: cannot read config file: ${(error as Error).message}`);
  }
  return parseJson(text.replace(/^\uFEFF/, ''), displayPath);
}

export function parseJson(text: string, displayPath: string): unknown {
  const errors: ParseError[] = [];
  const { parse, printParseErrorCode } = jsonc();
  const value = parse(text, errors, { allowTrailingComma: false, disallowComments: false });
  if (errors.length > 0) {
    const e = errors[0]!;
    const { line, column } = new LineIndex(text).position(e.offset);
    throw new ConfigError(`${displayPath}:${line}:${column}: invalid JSON: ${printParseErrorCode(e.error)}`);
  }
  if (text.trim() === '') throw new ConfigError(`${displayPath}: empty config file`);
  rejectProtoKeys(text, displayPath);
  return value;
}

/**
 * The parser assigns keys one by one, so `"__proto__": {…}` would set the object's prototype: settings that
 * schema validation never sees (it checks own properties) yet every lookup inherits. Such a key is refused.
 */
function rejectProtoKeys(text: string, displayPath: string): void {
  let at: number | undefined;
  jsonc().visit(text, {
    onObjectProperty: (property, offset) => {
      if (property === '__proto__' && at === undefined) at = offset;
    },
  });
  if (at === undefined) return;
  const { line, column } = new LineIndex(text).position(at);
  throw new ConfigError(`${displayPath}:${line}:${column}: the key "__proto__" is not allowed in a config file`);
}
