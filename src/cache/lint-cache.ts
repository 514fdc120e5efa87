// --cache: results kept per file, keyed on the file's content, the configuration that applies to it (rules,
// their options and versions, settings, locale) and the tool version. Files with findings are cached too.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import type { ResolvedConfig } from '../config/config-types.js';
import type { LintResult } from '../types.js';
import { VERSION } from '../version.js';

const FORMAT = 1;

interface Entry {
  size: number;
  mtimeMs: number;
  /** sha1 of the bytes: an edited-then-reverted or touched file is still a hit. */
  hash: string;
  configKey: string;
  result: LintResult;
}

const configKeys = new WeakMap<ResolvedConfig, string>();

/** A stable digest of everything in a configuration that can change a file's findings. */
export function configKey(config: ResolvedConfig): string {
  let key = configKeys.get(config);
  if (!key) {
    const rules = config.rules.map((r) => [r.id, r.severity, r.options, r.rule.meta.version ?? '']);
    key = createHash('sha1').update(JSON.stringify([VERSION, config.locale, config.settings, rules, config.pluginCode ?? ''])).digest('hex');
    configKeys.set(config, key);
  }
  return key;
}

export const hashBytes = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

export class LintCache {
  private entries: Record<string, Entry>;
  private dirty = false;
  /** False when the file at the location is not a cache: it must not be replaced. */
  private writable = true;

  /** What went wrong with the cache file (read or written): the run goes on without it, with these warnings. */
  readonly warnings: string[] = [];

  private constructor(
    readonly location: string,
    entries: Record<string, Entry>,
    warning?: string,
  ) {
    // No prototype: a file path such as `__proto__` or `constructor` is then just a key.
    this.entries = Object.assign(Object.create(null) as Record<string, Entry>, entries);
    if (warning) this.warnings.push(warning);
  }

  /** Reads the cache file; a missing, unreadable or older-format one starts empty. */
  static load(location: string): LintCache {
    let text: string;
    try {
      text = readFileSync(location, 'utf8');
    } catch (error) {
      // No cache yet is normal; an unreadable one (a folder, no permission) is worth a word.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return new LintCache(location, {});
      return new LintCache(location, {}, `${location}: the cache cannot be read (${code ?? (error as Error).message}); it is ignored`);
    }
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // handled below
    }
    // A file that is not a cache at all (a document, a mistyped --cache-location) is never overwritten.
    if (typeof parsed !== 'object' || parsed === null || !('format' in parsed) || !('version' in parsed)) {
      const cache = new LintCache(location, {}, `${location}: not a policylint cache; it is left alone and results are not cached`);
      cache.writable = false;
      return cache;
    }
    const data = parsed as { format: unknown; version: unknown; entries?: unknown };
    if (data.format !== FORMAT || data.version !== VERSION) return new LintCache(location, {});
    if (isEntryTable(data.entries)) return new LintCache(location, data.entries);
    return new LintCache(location, {}, `${location}: the cache file is damaged; it is ignored and rewritten`);
  }

  /**
   * The cached result of a file if nothing that matters changed. Size and mtime decide without reading;
   * when only they changed, `readBytes` gives the content, whose hash decides.
   */
  get(filePath: string, stat: Stats, key: string, readBytes: () => Buffer): LintResult | undefined {
    const entry = this.entries[filePath];
    if (!isEntry(entry) || entry.configKey !== key || entry.size !== stat.size) return undefined;
    if (entry.mtimeMs !== stat.mtimeMs) {
      if (entry.hash !== hashBytes(readBytes())) return undefined;
      entry.mtimeMs = stat.mtimeMs;
      this.dirty = true;
    }
    return entry.result;
  }

  set(filePath: string, stat: Stats, key: string, hash: string, result: LintResult): void {
    // A rule that failed says nothing about the file: the next run must try again.
    if (result.messages.some((m) => m.fatal && m.ruleId !== null)) return;
    // Timings describe that run, not the file: a cache hit costs no rule any time.
    const { source: _source, output: _output, stats: _stats, ...kept } = result;
    this.entries[filePath] = { size: stat.size, mtimeMs: stat.mtimeMs, hash, configKey: key, result: kept };
    this.dirty = true;
  }

  /**
   * Writes the cache (atomically), without the entries of files that no longer exist. A cache that cannot be
   * written (its path is a folder, its folder is missing or read-only) is a warning: the report matters more.
   */
  save(): void {
    if (!this.dirty || !this.writable) return;
    for (const f of Object.keys(this.entries)) if (!existsSync(f)) delete this.entries[f];
    const temp = `${this.location}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify({ format: FORMAT, version: VERSION, entries: this.entries }));
      renameSync(temp, this.location);
    } catch (error) {
      rmSync(temp, { force: true });
      const code = (error as NodeJS.ErrnoException).code;
      this.warnings.push(`${this.location}: the cache cannot be written (${code ?? (error as Error).message}); results are not cached`);
    }
    this.dirty = false;
  }
}

function isEntryTable(value: unknown): value is Record<string, Entry> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An entry as this version writes it; anything else (hand-edited, damaged) is a miss. */
function isEntry(value: unknown): value is Entry {
  const e = value as Entry | null | undefined;
  return (
    typeof e === 'object' && e !== null && typeof e.size === 'number' && typeof e.mtimeMs === 'number' &&
    typeof e.hash === 'string' && typeof e.configKey === 'string' && typeof e.result === 'object' && e.result !== null &&
    Array.isArray(e.result.messages)
  );
}
