// One run as the CLI, the Node API and the language server do it: find files → ignore → shard → lint →
// document sets → results. Callers keep only their options, their output and (the CLI) the exit code.
import type { LintCache } from '../cache/lint-cache.js';
import type { FixMode } from '../fix/settle.js';
import { findFiles, LINTABLE_EXTENSIONS } from '../files/find.js';
import { selectShard, type Shard } from '../files/shard.js';
import type { LintResult } from '../types.js';
import { checkDocumentSets, documentSetsOf, type DocumentSet } from './document-sets.js';
import { Linter, type LintFilesOptions } from './linter.js';
import { resolve } from 'node:path';
import { lintBytesBounded, runFiles, type FileOutcome } from './run-files.js';

export interface LintRunOptions {
  patterns: string[];
  shard?: Shard;
  /** All linted files form one document set (`--project`). */
  project?: boolean;
  concurrency: number | 'auto';
  fixMode: FixMode;
  cwd: string;
  cache?: LintCache;
  fileTimeoutMs?: number;
  /** Called with every file found (before sharding), before any is linted: a check may still refuse the run. */
  onFiles?: (files: readonly string[]) => void;
  /** Called once the files are known, then after each file. */
  onProgress?: (done: number, total: number) => void;
}

/** Whether a run must collect the facts of cross-document rules: `--project`, or `documentSets` in the config. */
export function checksDocumentSets(linter: Linter, project: boolean | undefined): boolean {
  return Boolean(project) || (linter.configs.raw.documentSets?.length ?? 0) > 0;
}

/**
 * Lints what `patterns` name (the config's `files` when none) and yields each file's outcome in order: ignored
 * files named explicitly first, then the linted files. With document sets, results are held until every member
 * is linted, and members of a config set that were not linted themselves are read for their facts only.
 * `linterOptions` must be the linter's own options (sent to workers), with `collectFacts` when sets are checked.
 */
export async function* lintRun(linter: Linter, linterOptions: LintFilesOptions, opts: LintRunOptions): AsyncGenerator<FileOutcome> {
  const found = await linter.findFiles(opts.patterns);
  opts.onFiles?.(found.files);
  for (const f of found.ignored) yield { result: linter.ignoredResult(f), fix: {} };
  const files = opts.shard ? selectShard(found.files, opts.shard, opts.cwd) : found.files;
  // The nearest config of each file, loaded up front: a broken one is a configuration error before any linting.
  await linter.loadConfigsFor(files);
  opts.onProgress?.(0, files.length);
  const outcomes = runFiles(files, { ...opts, linter, linterOptions });
  if (!checksDocumentSets(linter, opts.project)) {
    yield* outcomes;
    return;
  }
  const held: FileOutcome[] = [];
  for await (const outcome of outcomes) held.push(outcome);
  const linted = held.map((o) => o.result);
  const { onProgress: _progress, onFiles: _onFiles, fixMode: _fixMode, ...setOptions } = opts;
  const checked = await withDocumentSets(linter, linterOptions, linted, setOptions);
  for (const [i, outcome] of held.entries()) yield { ...outcome, result: checked[i]! };
}

/**
 * The cross-document findings of `linted` (results with facts): each set's members come from the config's globs
 * (or, with `project`, are the linted files); members not linted in this run are read for their facts (from the
 * cache when it has them) so that one file checked alone — a pre-commit hook, an editor, a shard — still meets
 * its plan or programme. Findings are reported only on the linted files.
 */
export async function withDocumentSets(
  linter: Linter,
  linterOptions: LintFilesOptions,
  linted: LintResult[],
  opts: Omit<LintRunOptions, 'fixMode' | 'onProgress'> & { project?: boolean },
): Promise<LintResult[]> {
  const sets = await setsOf(linter, linted.map((r) => r.filePath), opts.project);
  const lintedPaths = new Set(linted.map((r) => r.filePath));
  const missing = [...new Set(sets.flatMap((s) => s.files))].filter((f) => !lintedPaths.has(f));
  const context: LintResult[] = [];
  if (missing.length > 0) {
    const { cwd, cache, concurrency, fileTimeoutMs } = opts;
    const memberOptions = { ...linterOptions, fix: false, keepSource: false };
    // Members are read as they are on disk (never fixed), in a worker or here alike.
    const reader = linterOptions.fix || linterOptions.keepSource ? Linter.withConfigs(linter.configs, memberOptions) : linter;
    const run = runFiles(missing, { cwd, cache, concurrency, fileTimeoutMs, linter: reader, linterOptions: memberOptions, fixMode: 'none' });
    for await (const { result } of run) context.push(result);
  }
  return checkDocumentSets(linted, sets, linter.configs, context);
}

/** The sets that contain at least one linted file, with all their members on disk. */
async function setsOf(linter: Linter, linted: string[], project: boolean | undefined): Promise<DocumentSet[]> {
  const configs = linter.configs;
  const declared = configs.raw.documentSets ?? [];
  const onDisk: string[] = [];
  if (declared.length > 0) {
    const patterns = declared.flatMap((s) => [s.files].flat());
    const found = await findFiles(patterns, { cwd: configs.baseDir, baseDir: configs.baseDir, ignores: configs.ignores, errorOnUnmatchedPattern: false });
    // A glob like `plan/**` also matches images and spreadsheets: only documents a folder search would lint.
    const lintable = new RegExp(`\\.(${LINTABLE_EXTENSIONS.join('|')})$`, 'i');
    onDisk.push(...found.files.filter((f) => lintable.test(f)));
  }
  const lintedSet = new Set(linted);
  return documentSetsOf(linted, [...new Set([...linted, ...onDisk])].sort(), configs, Boolean(project)).filter((s) =>
    s.files.some((f) => lintedSet.has(f)),
  );
}

/**
 * Standard input, or any buffer, linted as `filePath`: read as a file of that name would be (encodings, .docx), in
 * a worker that `fileTimeoutMs` can stop, and checked against the document sets `filePath` belongs to. Returns
 * the decoded text too (a dry run's diff starts from it). The fixed text, if any, stays on the result.
 */
export async function lintBuffer(
  linter: Linter,
  linterOptions: LintFilesOptions,
  bytes: Buffer,
  filePath: string,
  opts: { cwd: string; fileTimeoutMs?: number },
): Promise<{ result: LintResult; text?: string }> {
  const linted = await lintBytesBounded(bytes, filePath, { linter, linterOptions, ...opts });
  const text = linted.file?.decoded.text;
  delete linted.file;
  let result: LintResult = linted;
  if (linterOptions.collectFacts) [result] = await withDocumentSets(linter, linterOptions, [result], { patterns: [], concurrency: 1, ...opts });
  return { result, text };
}

/**
 * Lints files, folders or globs; with none, the config's `files`. Fixes are computed (`output`), not written.
 * The same run as the CLI's (lint-run.ts): ignored files, document sets (`project`, config `documentSets`).
 */
export async function lintFiles(
  patterns: string[],
  options: LintFilesOptions & { concurrency?: number | 'auto'; project?: boolean; fileTimeoutMs?: number } = {},
): Promise<LintResult[]> {
  const { concurrency, project, fileTimeoutMs, ...rest } = options;
  const probe = await Linter.create(rest);
  const linterOptions: LintFilesOptions = { ...rest, collectFacts: rest.collectFacts || checksDocumentSets(probe, project) };
  const linter = Linter.withConfigs(probe.configs, linterOptions);
  const results: LintResult[] = [];
  const run = lintRun(linter, linterOptions, {
    patterns,
    project,
    concurrency: concurrency ?? 1,
    fixMode: 'none',
    cwd: resolve(options.cwd ?? process.cwd()),
    fileTimeoutMs,
  });
  for await (const { result } of run) results.push(result);
  return results;
}
