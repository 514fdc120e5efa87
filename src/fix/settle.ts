// What happens to a file's fixed text: written back (--fix), shown as a diff (--fix-dry-run), or nothing.
import { encode } from '../files/decode.js';
import type { FileLintResult } from '../engine/linter.js';
import { displayPath } from '../files/paths.js';
import { fixDiff } from './diff.js';
import { fileMessage } from '../engine/linter.js';
import { coreMessage } from '../engine/messages.js';
import type { Locale } from '../types.js';
import { ReadOnlyFileError, writeFixedFile } from './write-fixed.js';

export type FixMode = 'none' | 'write' | 'dry-run';

export interface FixOutcome {
  diff?: string;
  /** Why the fixed text could not be written; the file is left as it was. */
  error?: string;
}

/**
 * Settles the fixes of one result and strips what the report does not need: the bytes read, and the fixed
 * text once it is written or shown (with mode 'none' it stays on the result, for API callers).
 */
export async function settleFix(result: FileLintResult, mode: FixMode, cwd: string, locale: Locale = 'zh'): Promise<FixOutcome> {
  const { file, output } = result;
  delete result.file;
  if (mode === 'none') return {};
  delete result.output;
  if (output === undefined || !file) return {};
  const shown = displayPath(result.filePath, cwd);
  if (mode === 'dry-run') return { diff: await fixDiff(shown, file.decoded.text, output) };
  try {
    await writeFixedFile(result.filePath, file.bytes, encode(output, file.decoded));
    return {};
  } catch (error) {
    if (error instanceof ReadOnlyFileError) {
      // Read-only is the owner's decision, not a failure: a warning on the file, as ESLint skips such files too.
      result.messages.unshift(fileMessage(1, coreMessage('readOnly', locale)));
      result.warningCount++;
      return {};
    }
    return { error: `${shown}: ${(error as Error).message}` };
  }
}
