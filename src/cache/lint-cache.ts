// --cache: results kept per file, keyed on the file's content, the configuration that applies to it (rules,
// their options and versions, settings, locale) and the tool version. Files with findings are cached too.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import type { ResolvedConfig } from '../engine/config-types.js';
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

  private constructor(
    readonly location: string,
    entries: Record<string, Entry>,
  ) {
    this.entries = entries;
  }

  /** Reads the cache file; a missing, unreadable or older-format one starts empty. */
  static load(location: string): LintCache {
    try {
      const data = JSON.parse(readFileSync(location, 'utf8')) as { format: number; version: string; entries: Record<string, Entry> };
      if (data.format === FORMAT && data.version === VERSION) return new LintCache(location, data.entries);
    } catch {
      // no cache yet, or a damaged one: start afresh
    }
    return new LintCache(location, {});
  }

  /**
   * The cached result of a file if nothing that matters changed. Size and mtime decide without reading;
   * when only they changed, `readBytes` gives the content, whose hash decides.
   */
  get(filePath: string, stat: Stats, key: string, readBytes: () => Buffer): LintResult | undefined {
    const entry = this.entries[filePath];
    if (!entry || entry.configKey !== key || entry.size !== stat.size) return undefined;
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

  /** Writes the cache (atomically), without the entries of files that no longer exist. */
  save(): void {
    if (!this.dirty) return;
    for (const f of Object.keys(this.entries)) if (!existsSync(f)) delete this.entries[f];
    const temp = `${this.location}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ format: FORMAT, version: VERSION, entries: this.entries }));
    renameSync(temp, this.location);
    this.dirty = false;
  }
}
