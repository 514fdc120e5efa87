// Finds the files to lint: explicit files, folders (their .md/.txt/.html/.docx files) and globs, minus ignores.
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Ignore } from 'ignore';
import { ConfigError } from '../config/errors.js';
import { ignoreList } from '../commonjs.js';
import { relativePosix } from './paths.js';

export const LINTABLE_EXTENSIONS = ['md', 'markdown', 'txt', 'html', 'htm', 'docx'];
export const IGNORE_FILE_NAME = '.policylintignore';
/** Never walked into, like ESLint's defaults. */
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.*/**'];

export interface FindOptions {
  cwd: string;
  /** Folder that `ignores` patterns are relative to (the config file's). */
  baseDir: string;
  ignores: string[];
  errorOnUnmatchedPattern: boolean;
  /** Keep links found while walking whose target is outside the walked folder (default: skipped). */
  followSymlinks?: boolean;
}

export interface FoundFiles {
  files: string[];
  /** Explicitly named files skipped because an ignore pattern matches them. */
  ignored: string[];
}

/** True for a file that `ignores` (relative to `baseDir`) or a `.policylintignore` in `cwd` excludes. */
export function ignoreFilter(opts: Pick<FindOptions, 'cwd' | 'baseDir' | 'ignores'>): (file: string) => boolean {
  const ig: Ignore | null = opts.ignores.length > 0 ? ignoreList(opts.ignores) : null;
  const ignoreFile = resolve(opts.cwd, IGNORE_FILE_NAME);
  const fromFile: Ignore | null = existsSync(ignoreFile) ? ignoreList(readFileSync(ignoreFile, 'utf8')) : null;
  return (file) => {
    const inBase = relativePosix(opts.baseDir, file);
    if (ig !== null && !inBase.startsWith('..') && inBase !== '' && ig.ignores(inBase)) return true;
    const inCwd = relativePosix(opts.cwd, file);
    return fromFile !== null && !inCwd.startsWith('..') && inCwd !== '' && fromFile.ignores(inCwd);
  };
}

export async function findFiles(patterns: string[], opts: FindOptions): Promise<FoundFiles> {
  const isIgnored = ignoreFilter(opts);
  const files = new Set<string>();
  const ignored: string[] = [];
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const abs = resolve(opts.cwd, pattern);
    const stat = statOrNull(abs);
    // A named FIFO, device or socket is kept, so that reading it is refused with a message naming it (rather
    // than "no files matching"): the user asked for it.
    if (stat && !stat.isDirectory()) {
      if (isIgnored(abs)) ignored.push(abs);
      else files.add(abs);
      continue;
    }
    // fast-glob is loaded only when a folder or glob is given: linting named files starts faster without it.
    const fg = (await import('fast-glob')).default;
    // Globs run from their static base, so that the default ignores (dot-folders, node_modules) apply only
    // below what the user named: `policylint .drafts/` or a glob under a dot-folder still lint.
    const glob = stat?.isDirectory()
      ? { base: abs, pattern: `**/*.{${LINTABLE_EXTENSIONS.join(',')}}` }
      : fg.isDynamicPattern(pattern)
        ? splitGlob(isAbsolute(pattern) ? pattern : `${fg.convertPathToPattern(opts.cwd)}/${pattern.replace(/^\.\//, '')}`)
        : null;
    const entries = glob
      ? await fg(glob.pattern, {
          cwd: glob.base,
          absolute: true,
          // Not `onlyFiles`: it drops symlinks to files (and dangling ones) without a word; lintable() keeps them.
          onlyFiles: false,
          objectMode: true,
          dot: false,
          ignore: DEFAULT_IGNORES,
          // Not following links keeps a symlink loop from turning into an endless walk.
          followSymbolicLinks: false,
          suppressErrors: true,
        })
      : [];
    const inTree = glob && !opts.followSymlinks ? linksInside(glob.base) : () => true;
    const kept = entries
      .filter((e) => lintable(e) && inTree(e))
      .map((e) => resolve(e.path))
      .filter((m) => !isIgnored(m));
    if (kept.length === 0) unmatched.push(pattern);
    for (const m of kept) files.add(m);
  }
  if (unmatched.length > 0 && opts.errorOnUnmatchedPattern) {
    throw new ConfigError(
      unmatched.map((p) => `No files matching the pattern "${p}" were found (or all of them are ignored).`).join('\n'),
    );
  }
  return { files: [...files].sort(), ignored };
}

// Splits a glob into its static base (the leading segments without glob characters) and the rest:
// "/a/b/**/x.md" gives base "/a/b" and pattern "**/x.md".
function splitGlob(glob: string): { base: string; pattern: string } {
  const segments = glob.split('/');
  const firstDynamic = segments.findIndex((s) => /[*?[\]{}()!+@]/.test(s));
  return { base: segments.slice(0, firstDynamic).join('/') || '/', pattern: segments.slice(firstDynamic).join('/') };
}

/**
 * A walked entry worth linting: a regular file, or a symlink to one, or a dangling symlink (reported as
 * unreadable rather than skipped). Folders named like files, FIFOs (reading one would block), sockets and
 * symlinks to folders (not walked: no loops) are not.
 */
function lintable(entry: { path: string; dirent: { isFile(): boolean; isSymbolicLink(): boolean } }): boolean {
  if (entry.dirent.isFile()) return true;
  if (!entry.dirent.isSymbolicLink()) return false;
  try {
    return statSync(entry.path).isFile();
  } catch {
    return true;
  }
}

/**
 * A walked symlink is kept only when its target lies inside the walked folder: a pull request can add a link to
 * /proc, /etc or a secret elsewhere on the CI machine, which would otherwise be read (and quoted in the report).
 * A dangling link is kept, to be reported as unreadable.
 */
function linksInside(base: string): (entry: { path: string; dirent: { isSymbolicLink(): boolean } }) => boolean {
  let root: string | undefined;
  return (entry) => {
    if (!entry.dirent.isSymbolicLink()) return true;
    root ??= realpathOrSelf(base);
    let target: string;
    try {
      target = realpathSync(entry.path);
    } catch {
      return true;
    }
    const rel = relative(root, target);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** A named path's kind; a dangling symlink counts as a file, so that it is reported as unreadable. */
function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    try {
      return lstatSync(path);
    } catch {
      return null;
    }
  }
}
