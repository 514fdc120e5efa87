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
  debug: boolean;
  reportUnusedDisableDirectives: boolean;
  help: boolean;
  version: boolean;
}

const SEVERITIES = ['off', 'warn', 'error'];
export const DEFAULT_CACHE_LOCATION = '.policylintcache';
/** Seconds a worker may spend on one file before it is stopped (a rule stuck in a loop must not hang CI). */
export const DEFAULT_FILE_TIMEOUT = 300;

/** The language of usage errors: `--locale` as written on the command line (options are not parsed yet). */
export function localeOfArgs(argv: string[]): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh';
}

/** `--max-warnings -1`: util.parseArgs refuses a value that starts with a dash unless written `--opt=-1`. */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--max-warnings' && /^-\d+$/.test(argv[i + 1] ?? '')) out.push(`--max-warnings=${argv[++i]}`);
    else out.push(argv[i]!);
  }
  return out;
}

export function parseCliArgs(argv: string[]): CliOptions {
  const locale = localeOfArgs(argv);
  const usage = (zh: string, en: string) => new ConfigError(locale === 'en' ? en : zh);
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
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
        debug: { type: 'boolean' },
        'report-unused-disable-directives': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw usage(`${translateParseError((error as Error).message)}。运行 "policylint --help" 查看选项。`, `${(error as Error).message}. Run "policylint --help" for the options.`);
  }
  const v = parsed.values;
  const maxWarnings = v['max-warnings'] === undefined ? -1 : Number(v['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
    throw usage(`--max-warnings：应为整数（-1 表示不限），实为 "${v['max-warnings']}"`, `--max-warnings: expected a whole number (-1 for no limit), found "${v['max-warnings']}"`);
  }
  if (v.locale !== undefined && v.locale !== 'zh' && v.locale !== 'en') {
    throw usage(`--locale：应为 "zh" 或 "en"，实为 "${v.locale}"`, `--locale: expected "zh" or "en", found "${v.locale}"`);
  }
  if (v.config && v['no-config']) throw usage('--config 与 --no-config 不能同时使用', '--config and --no-config cannot be used together');
  if (v.fix && v['fix-dry-run']) throw usage('--fix 与 --fix-dry-run 不能同时使用', '--fix and --fix-dry-run cannot be used together');
  if (v.stdin && v.fix) throw usage('--fix 无法写回标准输入；请与 --stdin 一起使用 --fix-dry-run', '--fix cannot write to standard input; use --fix-dry-run with --stdin');
  if (v.stdin && parsed.positionals.length > 0) throw usage('--stdin 不接受文件参数', '--stdin takes no file arguments');
  const concurrency = v.concurrency === undefined || v.concurrency === 'auto' ? 'auto' : Number(v.concurrency);
  if (concurrency !== 'auto' && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw usage(`--concurrency：应为 "auto" 或不小于 1 的整数，实为 "${v.concurrency}"`, `--concurrency: expected "auto" or a whole number ≥ 1, found "${v.concurrency}"`);
  }
  const fileTimeout = v['file-timeout'] === undefined ? DEFAULT_FILE_TIMEOUT : Number(v['file-timeout']);
  if (!(fileTimeout > 0)) throw usage(`--file-timeout：应为大于 0 的秒数，实为 "${v['file-timeout']}"`, `--file-timeout: expected seconds > 0, found "${v['file-timeout']}"`);
  return {
    patterns: parsed.positionals,
    concurrency,
    cache: v.cache ?? false,
    cacheLocation: v['cache-location'] ?? DEFAULT_CACHE_LOCATION,
    shard: v.shard === undefined ? undefined : parseShard(v.shard),
    fileTimeout,
    followSymlinks: v['follow-symlinks'] ?? false,
    project: v.project ?? false,
    debug: v.debug ?? false,
    reportUnusedDisableDirectives: v['report-unused-disable-directives'] ?? false,
    config: v.config,
    noConfig: v['no-config'] ?? false,
    format: v.format ?? 'stylish',
    outputFile: v['output-file'],
    rules: parseRuleFlags(v.rule ?? [], usage),
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
function parseRuleFlags(flags: string[], usage: (zh: string, en: string) => ConfigError): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const colon = flag.indexOf(':');
    if (colon <= 0) throw usage(`--rule "${flag}"：应写作 "规则:级别"，如 "duplicated-word:warn"`, `--rule "${flag}": expected "rule-id:severity", e.g. "duplicated-word:warn"`);
    const id = flag.slice(0, colon).trim();
    const value = flag.slice(colon + 1).trim();
    // Assigning to `__proto__` would change the prototype of the rule table (or of the options) instead.
    const protoKey = () => usage(`--rule "${flag}"：不允许使用键 "__proto__"`, `--rule "${flag}": the key "__proto__" is not allowed`);
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
        throw usage(`--rule "${flag}"：":" 之后不是有效的 JSON`, `--rule "${flag}": the value after ":" is not valid JSON`);
      }
      rules[id] = setting;
    } else if (SEVERITIES.includes(value)) {
      rules[id] = value as SeverityName;
    } else {
      throw usage(`--rule "${flag}"：级别应为 "off"、"warn" 或 "error"，实为 "${value}"`, `--rule "${flag}": expected one of "off", "warn", "error", found "${value}"`);
    }
  }
  return rules;
}

/** node:util's parse errors, in Chinese (the option names stay as written). */
function translateParseError(message: string): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `未知选项 '${unknown[1]}'`;
  const missing = /^Option '([^']+)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `选项 '${missing[1]}' 缺少取值`;
  const ambiguous = /^Option '([^']+)(?: <value>)?' argument is ambiguous/.exec(message);
  if (ambiguous) return `选项 '${ambiguous[1]}' 的取值以 "-" 开头，请写作 ${ambiguous[1]}=取值`;
  const positional = /^Unexpected argument '([^']+)'/.exec(message);
  if (positional) return `多余的参数 '${positional[1]}'`;
  const boolean = /^Option '([^']+)' does not take an argument/.exec(message);
  if (boolean) return `选项 '${boolean[1]}' 不接受取值`;
  return message;
}

export const HELP = `policylint [options] [file|dir|glob ...]

Lints Chinese policy documents (.md, .txt, .html, .docx). With no paths, lints the config's "files".

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
  --file-timeout SECONDS         Stop linting a file stuck this long and report it (default 300; files are then
                                 linted in a worker thread, even with --concurrency 1)
  merge-sarif A.sarif B.sarif … [-o OUT]   Join the SARIF logs of sharded runs into one

Exit status:
  --max-warnings N               Exit 1 if there are more than N warnings (-1, the default: no limit)
  --no-exit-code                 Exit 0 even when there are findings (config errors still exit 2)

  --report-unused-disable-directives  Warn about inline directives that name an unknown rule or disable nothing
  --debug                        Print the stack of a rule or plugin that failed

  -h, --help                     Show this help
  -v, --version                  Show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many warnings,
2 configuration, usage or file errors (files that could not be checked, unmatched patterns, a rule or plugin
that failed, crashes).
`;
