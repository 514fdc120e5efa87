// Shared helpers for the robustness tests: temp folders and linting real files through the Node API.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Linter, type FileLintResult } from '../../src/engine/linter.js';
import type { ConfigFile } from '../../src/types.js';
import { ROOT } from '../helpers/cli.js';

export const ENCODINGS = join(ROOT, 'fixtures/encodings');
export const PATHS = join(ROOT, 'fixtures/paths');

/** Only duplicated-word: its findings in the fixtures are stable while other rules are being written. */
export const DUPLICATED_WORD_ONLY: ConfigFile = { rules: { 'duplicated-word': 'error' } };

export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-robust-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export async function lintOne(path: string, config: ConfigFile = DUPLICATED_WORD_ONLY): Promise<FileLintResult> {
  const linter = await Linter.create({ config, cwd: dirname(path) });
  return linter.lintFile(path);
}

/** [ruleId, line, column, endLine, endColumn] of each message, for compact comparisons. */
export const positions = (r: { messages: { ruleId: string | null; line: number; column: number; endLine: number; endColumn: number }[] }) =>
  r.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn]);
