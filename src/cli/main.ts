// The command line: options → linter → formatter → exit code. All real work is in the Node API.
import { resolve } from 'node:path';
import { ConfigSet } from '../config/config-set.js';
import { ConfigError } from '../config/errors.js';
import { LintCache } from '../cache/lint-cache.js';
import { Linter, type LintFilesOptions } from '../engine/linter.js';
import { checksDocumentSets, lintBuffer, lintRun } from '../engine/lint-run.js';
import { localize } from '../engine/messages.js';
import { releasePrestartedWorkers } from '../engine/worker-pool.js';
import { fixDiff } from '../fix/diff.js';
import { FORMATTER_NAMES, loadFormatterForRun } from '../formatters/index.js';
import { displayPath } from '../files/paths.js';
import type { LintResult, Locale } from '../types.js';
import { VERSION } from '../version.js';
import { mergeSarif } from './merge-sarif.js';
import { HELP, parseCliArgs, type CliOptions } from './options.js';
import { progressBar } from './progress.js';
import { TimingTable } from './timing.js';
import { ReportSink } from './report-sink.js';
import { deferredFileOutput, refuseLintedOutput } from './output-file.js';
import { RunFailures } from './run-failures.js';

export interface CliIo {
  cwd: string;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  /** The bytes of standard input: decoded as a file of the --stdin-filename would be (encodings, .docx). */
  readStdin: () => Promise<Buffer>;
  env: Record<string, string | undefined>;
}

/** Runs the CLI and returns the exit code (0 clean, 1 lint errors, 2 config/usage/file errors). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    // The language server speaks LSP on stdio; editors may add flags of their own (--stdio, --clientProcessId=…).
    if (argv.includes('--lsp')) return await (await import('../lsp/server.js')).runLanguageServer();
    if (argv[0] === 'merge-sarif') return await runMergeSarif(argv.slice(1), io);
    return await run(parseCliArgs(argv), io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`policylint: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`policylint crashed: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  } finally {
    await releasePrestartedWorkers();
  }
}

async function run(opts: CliOptions, io: CliIo): Promise<number> {
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const formatter = await loadFormatterForRun(opts.format);
  if (!formatter) {
    const known = FORMATTER_NAMES.join(', ');
    throw new ConfigError(opts.locale === 'en' ? `--format: unknown format "${opts.format}" (known: ${known})` : `--format：未知格式 "${opts.format}"（可用：${known}）`);
  }

  // JSON and SARIF stay one valid document: the fixed text goes in each file's `output` field, never as a diff.
  const machineFormat = opts.format === 'json' || opts.format === 'sarif';
  const baseOptions: LintFilesOptions = {
    cwd: io.cwd,
    configPath: opts.config,
    noConfig: opts.noConfig,
    ruleOverrides: opts.rules,
    locale: opts.locale,
    fix: opts.fix || opts.fixDryRun,
    // The HTML report shows each document with its findings in place.
    keepSource: opts.format === 'html',
    errorOnUnmatchedPattern: opts.errorOnUnmatchedPattern,
    followSymlinks: opts.followSymlinks,
    reportUnusedDisableDirectives: opts.reportUnusedDisableDirectives,
  };
  const configs = await ConfigSet.load(baseOptions);
  const timingRows = TimingTable.limitOf(io.env.TIMING);
  const timing = timingRows === undefined ? undefined : new TimingTable(timingRows);
  const probe = Linter.withConfigs(configs, baseOptions);
  // Cross-document checks need each document's facts, and all results before the report.
  const linterOptions: LintFilesOptions = { ...baseOptions, collectFacts: checksDocumentSets(probe, opts.project), stats: timing !== undefined };
  const linter = Linter.withConfigs(configs, linterOptions);

  if (opts.printConfig) {
    const file = resolve(io.cwd, opts.printConfig);
    await linter.loadConfigsFor([file]);
    const configs = linter.configsFor(file);
    // Which file was used: the nearest config above FILE, the one given with --config, or none (null).
    const configFile = configs.filePath === null ? null : displayPath(configs.filePath, io.cwd);
    io.stdout.write(JSON.stringify({ configFile, ...configs.printable(file) }, null, 2) + '\n');
    return 0;
  }
  if (opts.listRules) {
    io.stdout.write(listRules(linter));
    return 0;
  }

  const out = opts.outputFile ? deferredFileOutput(resolve(io.cwd, opts.outputFile), opts.outputFile, linter.locale) : { write: (t: string) => void io.stdout.write(t), close() {} };
  const sink = new ReportSink(
    formatter,
    {
      cwd: io.cwd,
      locale: linter.locale,
      rules: linter.registry,
      color: opts.color ?? (Boolean(io.stdout.isTTY) && !opts.outputFile && !io.env.NO_COLOR),
      version: VERSION,
    },
    out,
    opts.quiet,
  );
  const diffs: string[] = [];
  const failures = new RunFailures(io.cwd, linter.locale, opts.debug);
  const take = (result: LintResult) => {
    failures.note(result);
    timing?.add(result);
    sink.add(result);
  };
  if (opts.stdin) {
    const stdinPath = resolve(io.cwd, opts.stdinFilename ?? '<stdin>.txt');
    const bounds = { fileTimeoutMs: opts.fileTimeout * 1000, cwd: io.cwd };
    const { result, text } = await lintBuffer(linter, linterOptions, await io.readStdin(), stdinPath, bounds);
    // As for files: the report, then the fixes as a diff (the exit code still reflects the findings).
    if (opts.fixDryRun && !machineFormat && result.output !== undefined && text !== undefined) diffs.push(await fixDiff(displayPath(result.filePath, io.cwd), text, result.output));
    if (!(opts.fixDryRun && machineFormat)) delete result.output;
    take(result);
  } else {
    let bar = progressBar(io.stderr, io.env, 0);
    const cache = opts.cache && !linterOptions.keepSource ? LintCache.load(resolve(io.cwd, opts.cacheLocation)) : undefined;
    const outcomes = lintRun(linter, linterOptions, {
      patterns: opts.patterns,
      shard: opts.shard,
      project: opts.project,
      // Neither the report nor the cache may be written over a document being linted.
      onFiles: (files) => {
        if (opts.outputFile) refuseLintedOutput(resolve(io.cwd, opts.outputFile), files, opts.outputFile);
        if (opts.cache) refuseLintedOutput(resolve(io.cwd, opts.cacheLocation), files, opts.cacheLocation, '--cache-location');
      },
      concurrency: opts.concurrency,
      fixMode: opts.fix ? 'write' : opts.fixDryRun ? (machineFormat ? 'none' : 'dry-run') : 'none',
      cwd: io.cwd,
      // The HTML report needs each file's text, which the cache does not keep.
      cache,
      fileTimeoutMs: opts.fileTimeout * 1000,
      onProgress: (done, total) => (done === 0 ? (bar = progressBar(io.stderr, io.env, total)) : bar.update(done)),
    });
    for await (const { result, fix } of outcomes) {
      if (fix.diff) diffs.push(fix.diff);
      if (fix.error) {
        io.stderr.write(`policylint: ${fix.error}\n`);
        sink.fileErrors = true;
      }
      if (!opts.fixDryRun) delete result.output;
      take(result);
    }
    bar.done();
    for (const warning of cache?.warnings ?? []) io.stderr.write(`policylint: ${warning}\n`);
  }
  sink.finish();
  out.close();
  if (timing) io.stderr.write(timing.render());
  if (diffs.length > 0) io.stdout.write(diffs.join(''));
  io.stderr.write(failures.render());

  const { errors, warnings } = sink.totals;
  const tooManyWarnings = opts.maxWarnings >= 0 && warnings > opts.maxWarnings;
  if (tooManyWarnings) io.stderr.write(tooManyWarningsText(linter.locale, opts.maxWarnings, warnings, opts.quiet));
  if (sink.fileErrors) return 2;
  if (!opts.exitCode) return 0;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** With --quiet the warnings are not shown, so the message says how many there were. */
function tooManyWarningsText(locale: Locale, max: number, warnings: number, quiet: boolean): string {
  if (locale === 'en') {
    return `policylint found too many warnings (maximum: ${max}${quiet ? `; ${warnings} warnings not shown because of --quiet` : ''}).\n`;
  }
  return `policylint：警告过多（上限 ${max} 个${quiet ? `，共 ${warnings} 个警告因 --quiet 未显示` : ''}）。\n`;
}

/** `policylint merge-sarif a.sarif b.sarif [-o merged.sarif]` */
async function runMergeSarif(args: string[], io: CliIo): Promise<number> {
  const o = args.findIndex((a) => a === '-o' || a === '--output-file');
  const output = o >= 0 ? args[o + 1] : undefined;
  if (o >= 0 && !output) throw new ConfigError('merge-sarif: -o needs a file name');
  const inputs = args.filter((_, i) => o < 0 || (i !== o && i !== o + 1)).map((p) => resolve(io.cwd, p));
  const text = JSON.stringify(mergeSarif(inputs), null, 2) + '\n';
  if (output) {
    const file = deferredFileOutput(resolve(io.cwd, output), output);
    file.write(text);
    file.close();
  } else {
    io.stdout.write(text);
  }
  return 0;
}

function listRules(linter: Linter): string {
  const active = new Map(linter.configs.forFile(resolve(linter.configs.baseDir, 'x.md')).rules.map((r) => [r.id, r.severity]));
  const rows = [...linter.configs.registry].sort(([a], [b]) => a.localeCompare(b)).map(([id, rule]) => {
    const severity = active.get(id) === 2 ? 'error' : active.get(id) === 1 ? 'warn' : 'off';
    return [id, severity, rule.meta.fixable ? 'fixable' : '', localize(rule.meta.description, linter.locale)];
  });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd()).join('\n') + '\n';
}
