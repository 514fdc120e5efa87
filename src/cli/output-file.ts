// `-o FILE`: the report file is never one of the linted files, and is replaced only once the report is complete.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ConfigError } from '../config/errors.js';
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
 * target keeps its old content, and an interrupted run never leaves half a report under its name.
 */
export function deferredFileOutput(target: string): Output {
  let chunks: string[] = [];
  let size = 0;
  let fd: number | undefined;
  let temp: string | undefined;
  const removeTemp = () => temp !== undefined && rmSync(temp, { force: true });
  const spill = () => {
    if (fd === undefined) {
      mkdirSync(dirname(target), { recursive: true });
      temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.policylint-tmp`);
      fd = openSync(temp, 'wx');
      process.once('exit', removeTemp);
    }
    for (const c of chunks) writeSync(fd, c);
    chunks = [];
    size = 0;
  };
  return {
    write(s) {
      chunks.push(s);
      size += s.length;
      if (size > BUFFERED) spill();
    },
    close() {
      spill();
      closeSync(fd!);
      renameSync(temp!, target);
      temp = undefined;
      process.removeListener('exit', removeTemp);
    },
  };
}
