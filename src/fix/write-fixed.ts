// Writes a fixed file atomically (temp file + rename), and only if nobody changed it since it was read.
import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile, chmod } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class ChangedOnDiskError extends Error {}

export async function writeFixedFile(path: string, originalBytes: Buffer, newBytes: Buffer): Promise<void> {
  const current = await readFile(path);
  if (!current.equals(originalBytes)) throw new ChangedOnDiskError(`${path} changed on disk while it was linted; not written`);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.policylint-tmp`);
  const { mode } = await stat(path);
  try {
    await writeFile(temp, newBytes, { flag: 'wx' });
    await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
