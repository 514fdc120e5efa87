// Writes a fixed file atomically (temp file + rename), and only if nobody changed it since it was read.
// The file written is the link's target (a symlink stays a symlink), with the original's mode and owner.
import { randomBytes } from 'node:crypto';
import { chmod, chown, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class ChangedOnDiskError extends Error {}

/** The file is read-only (no write bit set): --fix leaves it alone, even when run by root, who could write it. */
export class ReadOnlyFileError extends Error {}

export async function writeFixedFile(path: string, originalBytes: Buffer, newBytes: Buffer): Promise<void> {
  // Renaming over a symlink would replace the link by a plain copy and leave the target unfixed.
  const target = await realpath(path);
  const info = await stat(target);
  if ((info.mode & 0o222) === 0) throw new ReadOnlyFileError(`${path} is read-only; not written`);
  const current = await readFile(target);
  if (!current.equals(originalBytes)) throw new ChangedOnDiskError(`${path} changed on disk while it was linted; not written`);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.policylint-tmp`);
  try {
    await writeFile(temp, newBytes, { flag: 'wx', mode: 0o600 });
    // The new file would belong to whoever runs the fix: give it the original's owner, or do not replace it.
    if (info.uid !== process.getuid?.() || info.gid !== process.getgid?.()) {
      await chown(temp, info.uid, info.gid).catch((error: NodeJS.ErrnoException) => {
        throw new Error(`not written: its owner (uid ${info.uid}, gid ${info.gid}) could not be kept (${error.code ?? error.message})`);
      });
    }
    await chmod(temp, info.mode & 0o7777);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
