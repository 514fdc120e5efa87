// Reads a file with a byte limit, whatever `stat` says: files in /proc report size 0 yet can be long (or
// endless), and a file can grow between stat and read.
import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';

export class NotRegularFileError extends Error {}

export interface BoundedRead {
  bytes: Buffer;
  /** The file has more than `max` bytes; `bytes` holds the first `max + 1`. */
  tooLarge: boolean;
}

/** What kind of entry a non-regular file is, for messages. */
export function entryKind(info: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

export function readBounded(path: string, max: number): BoundedRead {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; the fstat below then refuses it.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new NotRegularFileError(`not a regular file: ${entryKind(info)}`);
    const chunks: Buffer[] = [];
    let total = 0;
    // Read in chunks up to max + 1 bytes: one byte more than allowed proves the file too large.
    const limit = max + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - total, 64 * 1024), limit - total, 16 * 1024 * 1024));
      if (chunk.length === 0) break;
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total >= limit) break;
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), tooLarge: total > max };
  } finally {
    closeSync(fd);
  }
}
