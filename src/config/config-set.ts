// A loaded configuration: presets expanded, plugins loaded, every rule setting validated once,
// and per-file resolution (overrides) cached by which overrides match.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pluginDigest } from '../cache/plugin-digest.js';
import { builtinPlugin } from '../rules/index.js';
import type { ResolvedConfig, ResolvedRule } from './config-types.js';
import type { ConfigFile, Locale, Plugin, PluginConfig, Rule, RuleSetting, Settings, SeverityName } from '../types.js';
import type { ValidateFunction } from 'ajv';
import { getAjv, problems } from './ajv.js';
import { ConfigError } from './errors.js';
import { globMatcher } from '../commonjs.js';
import { displayPath, relativePosix } from '../files/paths.js';
import { loadPlugin, shortPluginName } from './plugins.js';
import { readJsonFile } from './read-json.js';
import { packagePath } from '../package-root.js';
import { validateRuleOptions } from './rule-options.js';

export const CONFIG_FILE_NAME = '.policylintrc.json';
export const DEFAULT_PRESET = 'policylint:recommended';

/** The config schema ships beside src/ and dist/ alike. */
export const CONFIG_SCHEMA_PATH = packagePath('schemas', 'policylintrc.schema.json');

let configValidator: ValidateFunction | undefined;

/**
 * The build precompiles the schema into dist/config/config-validator.js (scripts/compile-config-schema.mjs), so a
 * run needs no ajv; from sources (tests) the schema is compiled here, with the same result.
 */
async function validatorOfConfig(): Promise<ValidateFunction> {
  if (!configValidator) {
    try {
      configValidator = (await import(PRECOMPILED_VALIDATOR)).default as ValidateFunction;
    } catch {
      configValidator = getAjv().compile(JSON.parse(readFileSync(CONFIG_SCHEMA_PATH, 'utf8')));
    }
  }
  return configValidator;
}
const PRECOMPILED_VALIDATOR = pathToFileURL(packagePath('dist', 'config', 'config-validator.js')).href;

interface RuleEntry {
  severity: SeverityName;
  options: Record<string, unknown>;
  /** Written as a bare severity: options set earlier (by a preset) are kept. */
  severityOnly?: boolean;
}
type RuleTable = Map<string, RuleEntry>;

interface CompiledOverride {
  matches: (relPath: string) => boolean;
  rules: RuleTable;
  settings: Settings;
}

export interface LoadConfigOptions {
  cwd?: string;
  /** An explicit config file (`--config`). */
  configPath?: string;
  /** `--no-config`: ignore config files, use the recommended preset. */
  noConfig?: boolean;
  /** A config given as an object (Node API); takes the place of a file. */
  config?: ConfigFile;
  /** `--rule id:severity`, applied last. */
  ruleOverrides?: Record<string, RuleSetting>;
  /** `--report-unused-disable-directives`: sets `settings.reportUnusedDisableDirectives` (so it is in the cache key). */
  reportUnusedDisableDirectives?: boolean;
  locale?: Locale;
}

/** Finds `.policylintrc.json` in `dir` or the nearest folder above it. */
export function findConfigFile(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const candidate = resolve(d, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) return null;
  }
}

export class ConfigSet {
  private readonly cache = new Map<string, ResolvedConfig>();

  private constructor(
    /** The config file in use, or null (recommended preset). */
    readonly filePath: string | null,
    /** Patterns in `files`, `ignores` and `overrides` are relative to this folder. */
    readonly baseDir: string,
    readonly files: string[],
    readonly ignores: string[],
    /** Every rule known to this run (built-in and plugins), by qualified id. */
    readonly registry: ReadonlyMap<string, Rule>,
    private readonly baseRules: RuleTable,
    private readonly baseSettings: Settings,
    private readonly overrides: CompiledOverride[],
    private readonly locale: Locale | undefined,
    /** The config as written (for --print-config and the cache key). */
    readonly raw: ConfigFile,
    /** Digest of the code of local plugins (cache key). */
    private readonly pluginCode: string | undefined,
  ) {}

  static async load(options: LoadConfigOptions = {}): Promise<ConfigSet> {
    const cwd = resolve(options.cwd ?? process.cwd());
    let filePath: string | null = null;
    let raw: ConfigFile;
    if (options.config) {
      raw = options.config;
    } else if (options.noConfig) {
      raw = {};
    } else {
      filePath = options.configPath ? resolve(cwd, options.configPath) : findConfigFile(cwd);
      if (options.configPath && !existsSync(filePath!)) {
        throw new ConfigError(`${options.configPath}: config file not found`);
      }
      raw = filePath ? (readJsonFile(filePath, displayPath(filePath, cwd)) as ConfigFile) : {};
    }
    const where = filePath ? displayPath(filePath, cwd) : options.config ? '<config object>' : '<default config>';
    const found = problems(await validatorOfConfig(), raw);
    if (found.length > 0) throw new ConfigError(found.map((p) => `${where}: ${p.path}: ${p.text}`).join('\n'));

    const baseDir = filePath ? dirname(filePath) : cwd;
    const plugins: Plugin[] = [builtinPlugin];
    for (const [i, spec] of (raw.plugins ?? []).entries()) {
      plugins.push(await loadPlugin(spec, baseDir, `${where}: /plugins/${i}`));
    }
    const registry = buildRegistry(plugins);
    const resolver = new RuleResolver(registry, plugins);

    // No config at all means the recommended preset; a config without `extends` means only its own rules (as ESLint).
    const presets =
      raw.extends !== undefined ? [raw.extends].flat() : filePath || options.config ? [] : [DEFAULT_PRESET];
    const baseRules: RuleTable = new Map();
    let baseSettings: Settings = {};
    for (const [i, name] of presets.entries()) {
      const preset = resolver.preset(name, `${where}: /extends${Array.isArray(raw.extends) ? `/${i}` : ''}`);
      mergeRules(baseRules, preset.rules);
      baseSettings = mergeSettings(baseSettings, preset.settings);
    }
    mergeRules(baseRules, resolver.table(raw.rules ?? {}, `${where}: /rules`));
    baseSettings = mergeSettings(baseSettings, raw.settings ?? {});
    if (options.reportUnusedDisableDirectives) baseSettings = { ...baseSettings, reportUnusedDisableDirectives: true };

    const overrides = (raw.overrides ?? []).map((o, i): CompiledOverride => {
      const include = globMatcher(o.files);
      const exclude = o.excludedFiles ? globMatcher(o.excludedFiles) : () => false;
      return {
        matches: (rel) => include(rel) && !exclude(rel),
        rules: resolver.table(o.rules ?? {}, `${where}: /overrides/${i}/rules`),
        settings: o.settings ?? {},
      };
    });
    // Command-line rules win over everything, overrides included: apply them as a last override.
    if (options.ruleOverrides && Object.keys(options.ruleOverrides).length > 0) {
      overrides.push({ matches: () => true, rules: resolver.table(options.ruleOverrides, '--rule'), settings: {} });
    }
    const localPlugins = (raw.plugins ?? []).filter((spec) => spec.startsWith('.') || isAbsolute(spec)).map((spec) => resolve(baseDir, spec));
    return new ConfigSet(
      filePath, baseDir, raw.files ?? [], raw.ignores ?? [], registry, baseRules, baseSettings, overrides,
      options.locale, raw, localPlugins.length > 0 ? pluginDigest(localPlugins) : undefined,
    );
  }

  /** The configuration that applies to one file. */
  forFile(filePath: string): ResolvedConfig {
    const rel = relativePosix(this.baseDir, resolve(filePath));
    const matching = this.overrides.filter((o) => o.matches(rel));
    const key = matching.map((o) => this.overrides.indexOf(o)).join(',');
    let resolved = this.cache.get(key);
    if (!resolved) {
      const table: RuleTable = new Map(this.baseRules);
      let settings = this.baseSettings;
      for (const o of matching) {
        mergeRules(table, o.rules);
        settings = mergeSettings(settings, o.settings);
      }
      const rules: ResolvedRule[] = [];
      for (const [id, entry] of [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (entry.severity === 'off') continue;
        rules.push({ id, rule: this.registry.get(id)!, severity: entry.severity === 'error' ? 2 : 1, options: entry.options });
      }
      resolved = { rules, settings, locale: this.locale ?? settings.locale ?? 'zh', registry: this.registry, ...(this.pluginCode && { pluginCode: this.pluginCode }) };
      this.cache.set(key, resolved);
    }
    return resolved;
  }

  /** The effective configuration of a file in config-file shape (`--print-config`). */
  printable(filePath: string): { rules: Record<string, RuleSetting>; settings: Settings; locale: Locale } {
    const resolved = this.forFile(filePath);
    const rules: Record<string, RuleSetting> = {};
    for (const r of resolved.rules) rules[r.id] = [r.severity === 2 ? 'error' : 'warn', r.options];
    return { rules, settings: resolved.settings, locale: resolved.locale };
  }
}

function buildRegistry(plugins: Plugin[]): Map<string, Rule> {
  const registry = new Map<string, Rule>();
  for (const plugin of plugins) {
    const prefix = plugin === builtinPlugin ? '' : `${shortPluginName(plugin.name)}/`;
    for (const [id, rule] of Object.entries(plugin.rules)) registry.set(prefix + id, rule);
  }
  return registry;
}

/** Turns rule settings as written into validated entries, naming file and JSON path on any problem. */
class RuleResolver {
  constructor(
    private readonly registry: Map<string, Rule>,
    private readonly plugins: Plugin[],
  ) {}

  table(rules: Record<string, RuleSetting>, where: string, qualify?: (id: string) => string): RuleTable {
    const table: RuleTable = new Map();
    for (const [written, setting] of Object.entries(rules)) {
      const id = qualify ? qualify(written) : written;
      const rule = this.registry.get(id);
      if (!rule) throw new ConfigError(`${where}/${written}: unknown rule "${written}"${this.suggest(id)}`);
      const [severity, options] = Array.isArray(setting) ? setting : [setting];
      const entry: RuleEntry = {
        severity,
        options: validateRuleOptions(rule, options, `${where}/${written}${Array.isArray(setting) ? '/1' : ''}`),
        severityOnly: !Array.isArray(setting) || setting.length < 2,
      };
      table.set(id, entry);
    }
    return table;
  }

  preset(name: string, where: string, seen: string[] = []): { rules: RuleTable; settings: Settings } {
    const colon = name.lastIndexOf(':');
    const pluginName = colon > 0 ? name.slice(0, colon) : '';
    const configName = name.slice(colon + 1);
    const plugin = this.plugins.find((p) => shortPluginName(p.name) === shortPluginName(pluginName));
    const config: PluginConfig | undefined = plugin?.configs?.[configName];
    if (!plugin || !config) {
      const known = this.plugins.flatMap((p) => Object.keys(p.configs ?? {}).map((c) => `${shortPluginName(p.name)}:${c}`));
      throw new ConfigError(`${where}: unknown preset "${name}" (known: ${known.join(', ')})`);
    }
    if (seen.includes(name)) throw new ConfigError(`${where}: preset "${name}" extends itself`);
    const rules: RuleTable = new Map();
    let settings: Settings = {};
    for (const parent of [config.extends ?? []].flat()) {
      const p = this.preset(parent, `${where} → ${name}`, [...seen, name]);
      mergeRules(rules, p.rules);
      settings = mergeSettings(settings, p.settings);
    }
    const prefix = plugin === builtinPlugin ? '' : `${shortPluginName(plugin.name)}/`;
    const qualify = (id: string) => (id.includes('/') || !prefix ? id : prefix + id);
    mergeRules(rules, this.table(config.rules ?? {}, `${where} (preset ${name}): /rules`, qualify));
    return { rules, settings: mergeSettings(settings, config.settings ?? {}) };
  }

  private suggest(id: string): string {
    let best = '';
    let bestDistance = 4;
    for (const known of this.registry.keys()) {
      const d = editDistance(id, known);
      if (d < bestDistance) [best, bestDistance] = [known, d];
    }
    return best ? ` (did you mean "${best}"?)` : '';
  }
}

function mergeRules(into: RuleTable, from: RuleTable): void {
  for (const [id, entry] of from) {
    const earlier = into.get(id);
    into.set(id, entry.severityOnly && earlier ? { ...entry, options: earlier.options } : entry);
  }
}

function mergeSettings(a: Settings, b: Settings): Settings {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] =
      isPlainObject(prev) && isPlainObject(v) ? mergeSettings(prev as Settings, v as Settings) : v;
  }
  return out as Settings;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
