// A worker of the pool: lints a batch of files per task with a Linter built once per worker and set of options.
import { hashBytes } from '../cache/lint-cache.js';
import { settleFix, type FixMode, type FixOutcome } from '../fix/settle.js';
import type { LintResult } from '../types.js';
import { Linter, type LintFilesOptions } from './linter.js';
import { guardProcessExit } from './exit-guard.js';

// Before plugins load: a plugin's process.exit would end this thread mid-task and leave the task unsettled
// (the pool never hears of it). It throws instead: the rule's crash, or the task's failure, for that file.
guardProcessExit();

export interface WorkerTask {
  options: LintFilesOptions;
  filePaths: string[];
  fixMode: FixMode;
  cwd: string;
  /** Whether to hash the bytes (for the cache). */
  hash: boolean;
  /** Bytes to lint as `filePaths[0]` instead of reading it (standard input). */
  bytes?: Uint8Array;
}

export interface WorkerOutput {
  result: LintResult;
  fix: FixOutcome;
  /** sha1 of the bytes linted, for the cache. */
  hash?: string;
  /** For bytes (standard input): the decoded text, which a dry run's diff starts from. */
  text?: string;
}

let linter: { key: string; linter: Promise<Linter> } | undefined;

export default async function lintInWorker(task: WorkerTask): Promise<WorkerOutput[]> {
  const key = JSON.stringify(task.options);
  if (linter?.key !== key) linter = { key, linter: Linter.create(task.options) };
  const outputs: WorkerOutput[] = [];
  for (const filePath of task.filePaths) {
    const linted = await linter.linter;
    const result = task.bytes ? await linted.lintBytes(Buffer.from(task.bytes), filePath) : await linted.lintFile(filePath);
    const hash = task.hash && result.file ? hashBytes(result.file.bytes) : undefined;
    const text = task.bytes ? result.file?.decoded.text : undefined;
    const fix = await settleFix(result, task.fixMode, task.cwd, linted.locale);
    outputs.push({ result, fix, hash, ...(text !== undefined && { text }) });
  }
  return outputs;
}
