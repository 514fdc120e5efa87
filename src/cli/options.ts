// Command-line options: parsed with node:util, checked, and turned into linter options.
import { parseArgs } from 'node:util';
import { ConfigError } from '../config/errors.js';
import { parseShard, type Shard } from '../files/shard.js';
import type { Locale, RuleSetting, SeverityName } from '../types.js';

export interface CliOptions {
  patterns: string[];
  config?: string;
  noConfig: boolean;
  format: string;
  outputFile?: string;
  rules: Record<string, RuleSetting>;
  maxWarnings: number;
  quiet: boolean;
  printConfig?: string;
  listRules: boolean;
  locale?: Locale;
  exitCode: boolean;
  fix: boolean;
  fixDryRun: boolean;
  errorOnUnmatchedPattern: boolean;
  stdin: boolean;
  stdinFilename?: string;
  color?: boolean;
  concurrency: number | 'auto';
  cache: boolean;
  cacheLocation: string;
  shard?: Shard;
  fileTimeout: number;
  followSymlinks: boolean;
  project: boolean;
  help: boolean;
  version: boolean;
}

const SEVERITIES = ['off', 'warn', 'error'];
export const DEFAULT_CACHE_LOCATION = '.policylintcache';
/** Seconds a worker may spend on one file before it is stopped (a rule stuck in a loop must not hang CI). */
export const DEFAULT_FILE_TIMEOUT = 300;

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        'print-config': { type: 'string' },
        'list-rules': { type: 'boolean' },
        locale: { type: 'string' },
        'no-exit-code': { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'no-error-on-unmatched-pattern': { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        concurrency: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        'file-timeout': { type: 'string' },
        'follow-symlinks': { type: 'boolean' },
        project: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Run "policylint --help" for the options.`);
  }
  const v = parsed.values;
  const maxWarnings = v['max-warnings'] === undefined ? -1 : Number(v['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
    throw new ConfigError(`--max-warnings: expected a whole number, found "${v['max-warnings']}"`);
  }
  if (v.locale !== undefined && v.locale !== 'zh' && v.locale !== 'en') {
    throw new ConfigError(`--locale: expected "zh" or "en", found "${v.locale}"`);
  }
  if (v.config && v['no-config']) throw new ConfigError('--config and --no-config cannot be used together');
  if (v.fix && v['fix-dry-run']) throw new ConfigError('--fix and --fix-dry-run cannot be used together');
  if (v.stdin && v.fix) throw new ConfigError('--fix cannot write to standard input; use --fix-dry-run with --stdin');
  if (v.stdin && parsed.positionals.length > 0) throw new ConfigError('--stdin takes no file arguments');
  const concurrency = v.concurrency === undefined || v.concurrency === 'auto' ? 'auto' : Number(v.concurrency);
  if (concurrency !== 'auto' && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw new ConfigError(`--concurrency: expected "auto" or a whole number ≥ 1, found "${v.concurrency}"`);
  }
  const fileTimeout = v['file-timeout'] === undefined ? DEFAULT_FILE_TIMEOUT : Number(v['file-timeout']);
  if (!(fileTimeout > 0)) throw new ConfigError(`--file-timeout: expected seconds > 0, found "${v['file-timeout']}"`);
  return {
    patterns: parsed.positionals,
    concurrency,
    cache: v.cache ?? false,
    cacheLocation: v['cache-location'] ?? DEFAULT_CACHE_LOCATION,
    shard: v.shard === undefined ? undefined : parseShard(v.shard),
    fileTimeout,
    followSymlinks: v['follow-symlinks'] ?? false,
    project: v.project ?? false,
    config: v.config,
    noConfig: v['no-config'] ?? false,
    format: v.format ?? 'stylish',
    outputFile: v['output-file'],
    rules: parseRuleFlags(v.rule ?? []),
    maxWarnings,
    quiet: v.quiet ?? false,
    printConfig: v['print-config'],
    listRules: v['list-rules'] ?? false,
    locale: v.locale as Locale | undefined,
    exitCode: !v['no-exit-code'],
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    errorOnUnmatchedPattern: !v['no-error-on-unmatched-pattern'],
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'],
    color: v['no-color'] ? false : v.color ? true : undefined,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

/** `--rule duplicated-word:warn` (repeatable; `id:severity`, or `id:["warn",{…}]` with options as JSON). */
function parseRuleFlags(flags: string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const colon = flag.indexOf(':');
    if (colon <= 0) throw new ConfigError(`--rule "${flag}": expected "rule-id:severity", e.g. "duplicated-word:warn"`);
    const id = flag.slice(0, colon).trim();
    const value = flag.slice(colon + 1).trim();
    // Assigning to `__proto__` would change the prototype of the rule table (or of the options) instead.
    const protoKey = () => new ConfigError(`--rule "${flag}": the key "__proto__" is not allowed`);
    if (id === '__proto__') throw protoKey();
    if (value.startsWith('[')) {
      let setting: RuleSetting;
      try {
        setting = JSON.parse(value, (key, v: unknown) => {
          if (key === '__proto__') throw protoKey();
          return v;
        }) as RuleSetting;
      } catch (error) {
        if (error instanceof ConfigError) throw error;
        throw new ConfigError(`--rule "${flag}": the value after ":" is not valid JSON`);
      }
      rules[id] = setting;
    } else if (SEVERITIES.includes(value)) {
      rules[id] = value as SeverityName;
    } else {
      throw new ConfigError(`--rule "${flag}": expected one of "off", "warn", "error", found "${value}"`);
    }
  }
  return rules;
}

export const HELP = `policylint [options] [file|dir|glob ...]

Lints Chinese policy documents (.md, .txt). With no paths, lints the config's "files".

Configuration:
  -c, --config FILE              Use this config file instead of the nearest .policylintrc.json
  --no-config                    Ignore config files; use policylint:recommended
  --rule ID:SEVERITY             Set a rule (repeatable), e.g. --rule duplicated-word:warn
  --locale zh|en                 Language of messages (default zh)
  --print-config FILE            Print the configuration that applies to FILE and exit
  --list-rules                   List the rules with severity, description and fixability, and exit

Output:
  -f, --format NAME              stylish (default), compact, json, sarif, github, html
  -o, --output-file FILE         Write the report to FILE
  --quiet                        Report errors only
  --color, --no-color            Force or disable colour (default: on for a terminal)

Fixing:
  --fix                          Apply fixes to the files (atomically, only if unchanged on disk)
  --fix-dry-run                  Print the fixes as a diff; change nothing

Input:
  --stdin                        Lint standard input
  --stdin-filename FILE          Treat standard input as FILE (decides format and overrides)
  --no-error-on-unmatched-pattern  A pattern that matches nothing is not an error
  --follow-symlinks              Lint linked files whose target is outside the folder being searched
                                 (by default such links are skipped: a link to /proc or /etc is not read)

Editors:
  --lsp                          Run as a language server on stdin/stdout (LSP); other options are ignored

Speed and scale:
  --concurrency auto|N           Worker threads (auto: half the cores, at most one per 50 files)
  --cache                        Reuse results of unchanged files (content, config, rule and tool versions)
  --cache-location FILE          Where the cache is kept (default .policylintcache)
  --project                      Check the linted documents against each other (e.g. the same goal in a plan and
                                 its implementation programme); config "documentSets" names such sets too
  --shard I/N                    Lint only part I of N of the files (balanced by size), for CI matrices
  --file-timeout SECONDS         Stop a worker stuck on one file after this long (default 300)
  merge-sarif A.sarif B.sarif … [-o OUT]   Join the SARIF logs of sharded runs into one

Exit status:
  --max-warnings N               Exit 1 if there are more than N warnings
  --no-exit-code                 Exit 0 even when there are findings (config errors still exit 2)

  -h, --help                     Show this help
  -v, --version                  Show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many warnings,
2 configuration, usage or file errors (unreadable files, unmatched patterns, crashes).
`;
