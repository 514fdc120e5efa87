// Lints a list of files in order: from the cache, in this thread, or in a pool of worker threads.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import { configKey, hashBytes, type LintCache } from '../cache/lint-cache.js';
import { settleFix, type FixMode, type FixOutcome } from '../fix/settle.js';
import type { LintResult } from '../types.js';
import { fileMessage, type FileLintResult, type Linter, type LintFilesOptions } from './linter.js';
import { toResult } from './lint-document.js';
import { coreMessage } from './messages.js';
import { workerPool } from './worker-pool.js';
import type { WorkerOutput, WorkerTask } from './worker.js';

/** Below this many files a pool costs more to start than it saves (ESLint draws the line at about 50 too). */
export const MIN_FILES_FOR_POOL = 50;

export interface RunFilesOptions {
  linter: Linter;
  /** The options the linter was created with, sent to each worker to build the same linter. */
  linterOptions: LintFilesOptions;
  concurrency: number | 'auto';
  fixMode: FixMode;
  cwd: string;
  cache?: LintCache;
  /** A file a worker has not finished in this many milliseconds is stopped and reported. */
  fileTimeoutMs?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface FileOutcome {
  result: LintResult;
  fix: FixOutcome;
}

/**
 * `auto` uses half the cores, at most one worker per 50 files, as ESLint does: a thread's JIT compiler and
 * garbage collector keep another core partly busy, so on 2 cores two workers gained 1.4-1.6x on large runs (and
 * lost below ~1,000 files) for twice the memory; see docs/performance.md.
 */
export function threadsFor(files: number, concurrency: number | 'auto'): number {
  if (concurrency === 'auto') return Math.max(1, Math.min(availableParallelism() >> 1, Math.floor(files / MIN_FILES_FOR_POOL)));
  return Math.max(1, Math.min(concurrency, files));
}

export async function* runFiles(files: string[], opts: RunFilesOptions): AsyncGenerator<FileOutcome> {
  const threads = threadsFor(files.length, opts.concurrency);
  let done = 0;
  const progress = () => opts.onProgress?.(++done, files.length);
  // A file timeout can only stop a thread: with one set, even a one-thread run lints in a worker, so that a rule
  // stuck in a loop cannot hang the run (the main thread would never get back control to stop it).
  const inWorkers = threads > 1 || (opts.fileTimeoutMs !== undefined && opts.fileTimeoutMs > 0 && files.length > 0);
  const source = inWorkers ? inPool(files, threads, opts) : inThisThread(files, opts);
  for await (const outcome of source) {
    progress();
    yield outcome;
  }
  opts.cache?.save();
}

/** A cache hit, or the information needed to store the result once it is computed. */
function fromCache(filePath: string, opts: RunFilesOptions): { hit?: LintResult; stat?: Stats; key?: string } {
  const { cache, linter } = opts;
  if (!cache) return {};
  let stat: Stats;
  try {
    stat = statSync(filePath);
  } catch {
    return {};
  }
  const key = configKey(linter.configsFor(filePath).forFile(filePath));
  const hit = cache.get(filePath, stat, key, () => readFileSync(filePath));
  // A result with fixes is linted again under --fix, so that the fixes are applied; one without the facts
  // of cross-document rules, when a document-set check needs them.
  const usable = hit && !(opts.fixMode !== 'none' && hit.messages.some((m) => m.fix)) && !(opts.linterOptions.collectFacts && !hit.facts);
  if (usable) return { hit };
  return { stat, key };
}

async function* inThisThread(files: string[], opts: RunFilesOptions): AsyncGenerator<FileOutcome> {
  for (const filePath of files) {
    const cached = fromCache(filePath, opts);
    if (cached.hit) {
      yield { result: cached.hit, fix: {} };
      continue;
    }
    const result = await opts.linter.lintFile(filePath);
    const hash = opts.cache && result.file ? hashBytes(result.file.bytes) : undefined;
    const fix = await settleFix(result, opts.fixMode, opts.cwd, opts.linter.locale);
    if (cached.stat && cached.key && hash && !fix.error) opts.cache!.set(filePath, cached.stat, cached.key, hash, result);
    yield { result, fix };
  }
}

/**
 * Files a worker gets in one task: on large runs a batch saves messages and the pool's bookkeeping per task
 * (about a tenth of the workers' time with one file a task); small runs keep one file a task.
 */
export function batchSize(files: number, threads: number): number {
  return Math.max(1, Math.min(16, Math.floor(files / (threads * 32))));
}

interface QueuedFile {
  filePath: string;
  cached: ReturnType<typeof fromCache>;
}

/**
 * Lints bytes (standard input) as `filePath` in a worker that `fileTimeoutMs` can stop, as files are: a rule stuck
 * on the buffer an editor or a hook pipes in is reported, not a hung process. The fixed text stays on the result.
 */
export async function lintBytesBounded(bytes: Buffer, filePath: string, opts: Pick<RunFilesOptions, 'linter' | 'linterOptions' | 'fileTimeoutMs' | 'cwd'>): Promise<FileLintResult> {
  if (!opts.fileTimeoutMs) return opts.linter.lintBytes(bytes, filePath);
  const pool = await workerPool(1);
  try {
    const task: WorkerTask = { options: opts.linterOptions, filePaths: [filePath], fixMode: 'none', cwd: opts.cwd, hash: false, bytes };
    const [out] = (await pool.run(task, { signal: AbortSignal.timeout(opts.fileTimeoutMs) })) as WorkerOutput[];
    const decoded = out!.text === undefined ? undefined : { text: out!.text, encoding: '', bom: false };
    return { ...out!.result, ...(decoded && { file: { bytes, decoded } }) };
  } catch (error) {
    return failed(filePath, error as Error, { ...opts, concurrency: 1, fixMode: 'none' });
  } finally {
    await pool.destroy();
  }
}

async function* inPool(files: string[], threads: number, opts: RunFilesOptions): AsyncGenerator<FileOutcome> {
  const pool = await workerPool(threads);
  // Results are yielded in file order; at most `window` files are in flight or waiting, so memory stays flat.
  const size = batchSize(files.length, threads);
  const window = threads * 4 * size;
  const outcomes = new Map<number, Promise<FileOutcome>>();
  let batch: (QueuedFile & { index: number })[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const queued = batch;
    batch = [];
    const done = lintBatch(pool, queued, opts);
    queued.forEach((f, k) => outcomes.set(f.index, done.then((all) => all[k]!)));
  };
  let next = 0;
  try {
    for (let i = 0; i < files.length; i++) {
      for (; next < Math.min(files.length, i + window); next++) {
        const cached = fromCache(files[next]!, opts);
        if (cached.hit) outcomes.set(next, Promise.resolve({ result: cached.hit, fix: {} }));
        else if (batch.push({ index: next, filePath: files[next]!, cached }) === size) flush();
      }
      if (!outcomes.has(i)) flush();
      const outcome = await outcomes.get(i)!;
      outcomes.delete(i);
      yield outcome;
    }
  } finally {
    await pool.destroy();
  }
}

/**
 * Lints a batch in a worker. A batch that fails (a file stuck past --file-timeout, a worker that crashed) is run
 * again file by file, so that only the file at fault is reported.
 */
async function lintBatch(pool: import('tinypool').default, batch: QueuedFile[], opts: RunFilesOptions): Promise<FileOutcome[]> {
  const task: WorkerTask = { options: opts.linterOptions, filePaths: batch.map((f) => f.filePath), fixMode: opts.fixMode, cwd: opts.cwd, hash: opts.cache !== undefined };
  const signal = opts.fileTimeoutMs ? AbortSignal.timeout(opts.fileTimeoutMs) : undefined;
  try {
    const outputs = (await pool.run(task, { signal })) as WorkerOutput[];
    return outputs.map((out, k) => {
      const { stat, key } = batch[k]!.cached;
      if (stat && key && out.hash && !out.fix.error) opts.cache!.set(batch[k]!.filePath, stat, key, out.hash, out.result);
      return out;
    });
  } catch (error) {
    if (batch.length === 1) return [{ result: failed(batch[0]!.filePath, error as Error, opts), fix: {} }];
    return (await Promise.all(batch.map((f) => lintBatch(pool, [f], opts)))).flat();
  }
}

function failed(filePath: string, error: Error, opts: RunFilesOptions): LintResult {
  const locale = opts.linter.locale;
  const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError';
  const message = timedOut
    ? coreMessage('fileTimedOut', locale, { seconds: Math.round((opts.fileTimeoutMs ?? 0) / 1000) })
    : coreMessage('workerFailed', locale, { error: error.message });
  return toResult(filePath, [fileMessage(2, message)]);
}
