// The Node API of policylint.
export { lintText, Linter, type LintOptions, type LintFilesOptions } from './engine/linter.js';
export { lintFiles } from './engine/lint-run.js';
export { ConfigSet, findConfigFile, CONFIG_FILE_NAME } from './config/config-set.js';
export { ConfigError } from './config/errors.js';
export { PolicyDocument } from './document/document.js';
export { loadMarkdownSupport } from './document/markdown-support.js';
export { Block } from './document/block.js';
export { builtinPlugin } from './rules/index.js';
export { loadFormatter, FORMATTER_NAMES } from './formatters/index.js';
export type * from './types.js';
