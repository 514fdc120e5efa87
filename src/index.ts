// The Node API of policylint.
export { lintText, Linter, type LintOptions, type LintFilesOptions } from './engine/linter.js';
export { lintFiles } from './engine/lint-run.js';
export { ConfigSet, findConfigFile, CONFIG_FILE_NAME } from './config/config-set.js';
export { ConfigError } from './config/errors.js';
export { PolicyDocument, type DocumentLoadOptions, type DocumentFormat } from './document/document.js';
export { ParserNotLoadedError, loadMarkdownSupport } from './document/parsers.js';
export { Block } from './document/block.js';
export { builtinPlugin } from './rules/index.js';
export { loadFormatter, FORMATTER_NAMES } from './formatters/index.js';
export type * from './types.js';
