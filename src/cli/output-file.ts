// `-o FILE`: the report file is never one of the linted files, and is replaced only once the report is complete.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ConfigError } from '../config/errors.js';
import type { Locale } from '../types.js';
import type { Output } from './report-sink.js';

/** Report text kept in memory before it goes to the temporary file. */
const BUFFERED = 1 << 20;

/**
 * Refuses (exit 2) an output path that is one of the files to lint, by name or through a link: opening it for
 * the report would truncate the document before it is read, and the run would report no problems.
 */
export function refuseLintedOutput(target: string, files: readonly string[], displayTarget: string, option = '--output-file'): void {
  const id = fileIdentity(target);
  if (id === null) return;
  for (const file of files) {
    if (fileIdentity(file) === id) {
      throw new ConfigError(`${option} ${displayTarget}: it is one of the files being linted; writing it would overwrite the document`);
    }
  }
}

function fileIdentity(path: string): string | null {
  try {
    const info = statSync(realpathSync(path));
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/**
 * The report goes to a temporary file next to `target`, renamed over it on `close()`: until the run is over the
 * target keeps its old content, and an interrupted run never leaves half a report under its name. Whether the
 * report can be written there is known at once (a folder, a folder that cannot be created, no permission): a
 * one-line error naming `-o`, before any linting.
 */
export function deferredFileOutput(target: string, shown = target, locale: Locale = 'zh'): Output {
  const fail = (zh: string, en: string): never => {
    throw new ConfigError(`-o ${shown}: ${locale === 'en' ? en : zh}`);
  };
  const existing = statOrNull(target);
  if (existing?.isDirectory()) fail('这是一个文件夹，请给出报告的文件名', 'this is a folder; give the report a file name');
  // A device or a pipe (-o /dev/null, -o >(gzip)) is written to as it is: renaming a file over it would replace
  // the device itself (as root, /dev/null became a plain file).
  if (existing && !existing.isFile()) return directOutput(target, fail);
  const missing: string[] = [];
  let folder = dirname(target);
  while (!existsSync(folder) && dirname(folder) !== folder) {
    missing.unshift(folder);
    folder = dirname(folder);
  }
  if (!statOrNull(folder)?.isDirectory()) fail(`${folder} 不是文件夹`, `${folder} is not a folder`);
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      fail(`无法创建文件夹 ${dir}（${code}）`, `cannot create the folder ${dir} (${code})`);
    }
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.policylint-tmp`);
  const fd = openOrFail(temp, 'wx', fail);
  const removeTemp = () => rmSync(temp, { force: true });
  process.once('exit', removeTemp);
  let chunks: string[] = [];
  let size = 0;
  const flush = () => {
    for (const c of chunks) writeSync(fd, c);
    chunks = [];
    size = 0;
  };
  return {
    write(s) {
      chunks.push(s);
      size += s.length;
      if (size > BUFFERED) flush();
    },
    close() {
      flush();
      closeSync(fd);
      renameSync(temp, target);
      process.removeListener('exit', removeTemp);
    },
  };
}

function directOutput(target: string, fail: (zh: string, en: string) => never): Output {
  const fd = openOrFail(target, 'w', fail);
  return {
    write: (s) => void writeSync(fd, s),
    close: () => closeSync(fd),
  };
}

function statOrNull(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function openOrFail(path: string, flags: string, fail: (zh: string, en: string) => never): number {
  try {
    return openSync(path, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return fail(`无法写入（${code}）`, `cannot write the file (${code})`);
  }
}
