// The Node API: lint text or files with a loaded configuration. The CLI is a thin layer on it.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigSet, findConfigFile, type LoadConfigOptions } from '../config/config-set.js';
import { PolicyDocument, formatOf } from '../document/document.js';
import { BinaryFileError, decode, type Decoded } from '../files/decode.js';
import { findFiles, type FoundFiles } from '../files/find.js';
import { entryKind, NotRegularFileError, readBounded } from '../files/read-bounded.js';
import { applyFixes } from '../fix/apply-fixes.js';
import type { LintMessage, LintResult, Locale, Rule, SeverityLevel } from '../types.js';
import type { ResolvedConfig } from '../config/config-types.js';
import { collectFacts, lintDocument, toResult } from './lint-document.js';
import { fileResult, toParagraphMessages } from './file-result.js';
import { addContext } from './finding-context.js';
import { coreMessage } from './messages.js';
import { Stopwatch, timedAsync } from './stopwatch.js';

export const MAX_FIX_PASSES = 10;
/** Default of `settings.maxFileSize` (bytes): well within what one JavaScript string can hold. */
export const DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024;

export interface LintOptions extends LoadConfigOptions {
  /** Compute fixed output (`result.output`); writing files is the caller's business. */
  fix?: boolean;
  /** Keep the decoded text on each result (`result.source`), for formatters that show it. */
  keepSource?: boolean;
  /** Collect the facts of cross-document rules on each result (`result.facts`), for document sets. */
  collectFacts?: boolean;
  /** Time the parse and each rule on each file (`result.stats`), as ESLint's --stats does (TIMING=1). */
  stats?: boolean;
}

export interface LintFilesOptions extends LintOptions {
  errorOnUnmatchedPattern?: boolean;
  /** Lint symlinks found in a folder or glob whose target lies outside it (default: skipped). */
  followSymlinks?: boolean;
}

/** A result with what was read, so that --fix can write back in the file's own encoding. */
export type FileLintResult = LintResult & { file?: { bytes: Buffer; decoded: Decoded } };

/**
 * A document that could not be checked (not text): an error, so that an unchecked document fails a gate rather
 * than passing unseen; the message says what to do. `properties.unchecked` names what the file seems to be.
 */
function uncheckedMessage(error: BinaryFileError, locale: Locale): LintMessage {
  const text = error.kind === 'binary' ? coreMessage('binary', locale, { reason: error.message }) : coreMessage(`unchecked.${error.kind}`, locale);
  return { ...fileMessage(2, text), properties: { unchecked: error.kind } };
}

/** A file-level problem: not about the content but about reading (or finishing) it. */
export function fileMessage(severity: SeverityLevel, message: string): LintMessage {
  return { ruleId: null, severity, message, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, fatal: true };
}

export class Linter {
  /** Configurations of folders below (or beside) the run's own, by config file: the nearest one applies. */
  private readonly nearest = new Map<string, Promise<ConfigSet>>();
  private readonly loaded = new Map<string, ConfigSet>();
  private readonly configFileOfDir = new Map<string, string | null>();
  /** Every rule of every configuration loaded so far (formatters look rule metadata up here). */
  readonly registry: Map<string, Rule>;

  private constructor(readonly configs: ConfigSet, private readonly options: LintFilesOptions) {
    this.registry = new Map(configs.registry);
  }

  static async create(options: LintFilesOptions = {}): Promise<Linter> {
    return new Linter(await ConfigSet.load(options), options);
  }

  /** A linter on an already loaded configuration (whose options may decide the linter's own). */
  static withConfigs(configs: ConfigSet, options: LintFilesOptions): Linter {
    return new Linter(configs, options);
  }

  /**
   * The configuration set of a file: the nearest `.policylintrc.json` above it (as markdownlint-cli2 and Vale
   * find theirs), unless the run was given one (`--config`, `--no-config`, a config object); the run's own when
   * none is above the file. A nearer config applies alone (it may `extends` presets), it does not cascade.
   * Synchronous: valid for files whose configs were loaded (`loadConfigsFor`), else the run's own.
   */
  configsFor(filePath: string): ConfigSet {
    const file = this.nearestConfigFile(filePath);
    return (file && this.loaded.get(file)) || this.configs;
  }

  /** Loads the configurations of these files' folders (plugins included), once each. */
  async loadConfigsFor(files: readonly string[]): Promise<void> {
    const pending = new Set<string>();
    for (const f of files) {
      const file = this.nearestConfigFile(f);
      if (file && !this.loaded.has(file)) pending.add(file);
    }
    for (const file of pending) {
      let loading = this.nearest.get(file);
      if (!loading) {
        const { configPath: _configPath, ...rest } = this.options;
        loading = ConfigSet.load({ ...rest, configPath: file });
        this.nearest.set(file, loading);
      }
      const set = await loading;
      this.loaded.set(file, set);
      for (const [id, rule] of set.registry) if (!this.registry.has(id)) this.registry.set(id, rule);
    }
  }

  /** The config file that applies to a file when it is not the run's own; null when it is. */
  private nearestConfigFile(filePath: string): string | null {
    if (this.options.configPath || this.options.noConfig || this.options.config) return null;
    const dir = dirname(resolve(filePath));
    let file = this.configFileOfDir.get(dir);
    if (file === undefined) {
      file = findConfigFile(dir);
      this.configFileOfDir.set(dir, file);
    }
    return file === null || file === this.configs.filePath ? null : file;
  }

  /** Lints a text as if it were the file `filePath` (which need not exist). */
  async lintText(text: string, filePath: string): Promise<LintResult> {
    const absolute = resolve(this.options.cwd ?? process.cwd(), filePath);
    await this.loadConfigsFor([absolute]);
    const config = this.configsFor(absolute).forFile(absolute);
    return this.lintDecoded(text, absolute, config, []);
  }

  /** Reads, decodes and lints one file; problems with the file become messages, never exceptions. */
  async lintFile(filePath: string): Promise<FileLintResult> {
    await this.loadConfigsFor([filePath]);
    const config = this.configsFor(filePath).forFile(filePath);
    const locale = config.locale;
    const max = config.settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    let bytes: Buffer;
    let readOnly = false;
    try {
      // Refuse an oversized file before reading it into memory.
      // Synchronous on purpose: linting is CPU-bound and one file at a time per thread, so the promise
      // machinery of fs/promises only adds latency.
      const info = statSync(filePath);
      // A FIFO or device would block or never end; a folder cannot be read as text.
      if (!info.isFile()) return toResult(filePath, [fileMessage(2, coreMessage('unreadable', locale, { error: `not a regular file: ${entryKind(info)}` }))]);
      const size = info.size;
      if (size > max) return toResult(filePath, [fileMessage(2, coreMessage('tooLarge', locale, { size, max }))]);
      const read = readBounded(filePath, max);
      if (read.tooLarge) return toResult(filePath, [fileMessage(2, coreMessage('tooLarge', locale, { size: `> ${max}`, max }))]);
      bytes = read.bytes;
      // A read-only file is the owner's decision: --fix leaves it alone (root could write it anyway), and its
      // findings are those of the file as it is.
      if (this.options.fix && (info.mode & 0o222) === 0) {
        readOnly = true;
      }
    } catch (error) {
      const reason = error instanceof NotRegularFileError ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
      return toResult(filePath, [fileMessage(2, coreMessage('unreadable', locale, { error: reason }))]);
    }
    return this.lintBytes(bytes, filePath, readOnly);
  }

  /**
   * Decodes and lints the bytes of a file as `filePath` (which need not exist): what a file or standard input
   * holds (`--stdin` with a .docx or a GB18030 text), with the same encodings and Word support as files.
   */
  async lintBytes(bytes: Buffer, filePath: string, readOnly = false): Promise<FileLintResult> {
    filePath = resolve(this.options.cwd ?? process.cwd(), filePath);
    await this.loadConfigsFor([filePath]);
    const config = this.configsFor(filePath).forFile(filePath);
    const locale = config.locale;
    const max = config.settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (bytes.length > max) {
      return toResult(filePath, [fileMessage(2, coreMessage('tooLarge', locale, { size: bytes.length, max }))]);
    }
    if (formatOf(filePath) === 'docx') return this.lintWordFile(filePath, bytes, config);
    let decoded: Decoded;
    try {
      decoded = decode(bytes, config.settings.encoding);
    } catch (error) {
      if (error instanceof BinaryFileError) return toResult(filePath, [uncheckedMessage(error, locale)]);
      const data = { encoding: config.settings.encoding ?? '?', error: (error as Error).message };
      return toResult(filePath, [fileMessage(2, coreMessage('badEncoding', locale, data))]);
    }
    const extra: LintMessage[] = readOnly ? [fileMessage(1, coreMessage('readOnly', locale))] : [];
    if (decoded.invalidAt !== undefined) {
      extra.push(fileMessage(1, coreMessage('invalidBytes', locale, { encoding: decoded.encoding, offset: decoded.invalidAt })));
    }
    try {
      return { ...(await this.lintDecoded(decoded.text, filePath, config, extra, this.options.fix && !readOnly)), file: { bytes, decoded } };
    } catch (error) {
      // One odd file must not stop the run: a crash on it is an error for that file (exit 2), the others go on.
      return toResult(filePath, [fileMessage(2, coreMessage('internalError', locale, { error: (error as Error).message }))]);
    }
  }

  /** Files to lint, and explicitly named files that an ignore pattern excludes (reported with a warning). */
  async findFiles(patterns: string[]): Promise<FoundFiles> {
    const cwd = resolve(this.options.cwd ?? process.cwd());
    const usePatterns = patterns.length > 0 ? patterns : this.configs.files.length > 0 ? this.configs.files : ['.'];
    // Config `files` are relative to the config file; command-line patterns to the working folder.
    const base = patterns.length > 0 ? cwd : this.configs.baseDir;
    return findFiles(usePatterns, {
      cwd: base,
      baseDir: this.configs.baseDir,
      ignores: this.configs.ignores,
      errorOnUnmatchedPattern: this.options.errorOnUnmatchedPattern ?? true,
      followSymlinks: this.options.followSymlinks ?? false,
    });
  }

  /** The result for a file named on the command line but excluded by an ignore pattern (as ESLint). */
  ignoredResult(filePath: string): LintResult {
    return toResult(filePath, [fileMessage(1, coreMessage('ignoredFile', this.locale))]);
  }

  /** Language of the run's own messages: `--locale`, else the config's `settings.locale`. */
  get locale(): Locale {
    return this.options.locale ?? this.configs.raw.settings?.locale ?? 'zh';
  }

  /** Word files are binary: their text is extracted (mammoth, loaded on first use), linted, and never written. */
  private async lintWordFile(filePath: string, bytes: Buffer, config: ResolvedConfig): Promise<FileLintResult> {
    const stopwatch = this.options.stats ? new Stopwatch() : undefined;
    let doc: PolicyDocument;
    try {
      doc = await timedAsync(stopwatch, '(parse)', () => PolicyDocument.load(bytes, filePath, { format: 'docx' }));
    } catch (error) {
      const message = fileMessage(2, coreMessage('wordUnreadable', config.locale, { error: (error as Error).message }));
      return toResult(filePath, [{ ...message, properties: { unchecked: 'docx' } }]);
    }
    const { messages, droppedFixes } = toParagraphMessages(lintDocument(doc, config, stopwatch), doc.text);
    const extra = this.options.fix && droppedFixes > 0 ? [fileMessage(1, coreMessage('wordNotWritten', config.locale, { count: droppedFixes }))] : [];
    const result = this.finish(doc, config, [...extra, ...messages], doc.text, stopwatch);
    return { ...result, file: { bytes, decoded: { text: doc.text, encoding: 'docx', bom: false } } };
  }

  private async lintDecoded(text: string, filePath: string, config: ResolvedConfig, extra: LintMessage[], fix = this.options.fix): Promise<LintResult> {
    const stopwatch = this.options.stats ? new Stopwatch() : undefined;
    const parse = (source: string, notes: LintMessage[]) =>
      timedAsync(stopwatch, '(parse)', () => parseDocument(source, filePath, config.locale, notes));
    let doc = await parse(text, extra);
    let messages = lintDocument(doc, config, stopwatch);
    let output = text;
    if (fix) {
      for (let pass = 0; pass < MAX_FIX_PASSES && messages.some((m) => m.fix); pass++) {
        const { output: next, applied } = applyFixes(output, messages);
        if (applied.length === 0) break;
        output = next;
        doc = await parse(output, []);
        messages = lintDocument(doc, config, stopwatch);
      }
    }
    const result = this.finish(doc, config, [...extra, ...messages], output, stopwatch);
    if (fix && output !== text) result.output = output;
    return result;
  }

  /** The result of a linted document, Word or text: facts of the text as it ends up (so that cross-document
   * findings point at the right places), the source and timings when asked for. */
  private finish(doc: PolicyDocument, config: ResolvedConfig, messages: LintMessage[], finalText: string, stopwatch?: Stopwatch): LintResult {
    addContext(messages, finalText, doc.format === 'docx');
    return fileResult(doc.filePath, messages, {
      source: this.options.keepSource ? finalText : undefined,
      facts: this.options.collectFacts ? collectFacts(doc, config) : undefined,
      stats: stopwatch ? { times: stopwatch.times } : undefined,
    });
  }
}

/**
 * The document model of a text. Markup nested too deep for the parser (thousands of `>` or list levels
 * overflow the stack) is read as plain text, with a warning in `notes`, rather than crashing the run.
 */
async function parseDocument(text: string, filePath: string, locale: Locale, notes: LintMessage[]): Promise<PolicyDocument> {
  try {
    return await PolicyDocument.load(text, filePath);
  } catch (error) {
    if (!(error instanceof RangeError) || formatOf(filePath) === 'text') throw error;
    notes.push(fileMessage(1, coreMessage('readAsText', locale, { error: error.message })));
    return new PolicyDocument(text, filePath, 'text');
  }
}

/** Lints a string. `filePath` decides Markdown or plain text and which overrides apply. */
export async function lintText(text: string, options: LintOptions & { filePath?: string } = {}): Promise<LintResult> {
  const linter = await Linter.create(options);
  return linter.lintText(text, options.filePath ?? '<text>.txt');
}
