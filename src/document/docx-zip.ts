// Reads a ZIP archive (a .docx is one): its central directory, and one entry, stored or deflated.
// Enough for Word files; ZIP64 and encrypted archives are refused.
import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  /** As the central directory declares it; inflating checks it (a bomb may understate it). */
  uncompressedSize: number;
  localHeader: number;
}

function endOfCentralDirectory(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) return i;
  }
  throw new ZipError('not a ZIP archive (no end of central directory)');
}

/** The entries of the central directory, in order (duplicate names included). */
export function zipEntries(zip: Buffer): ZipEntry[] {
  const end = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new ZipError('damaged ZIP central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localHeader: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * The bytes of one entry. Inflating stops at the declared size (`maxOutputLength`): an entry that would inflate
 * beyond it is refused instead of filling memory.
 */
export function readEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const { name, flags, method, compressedSize, uncompressedSize, localHeader } = entry;
  if (flags & 1) throw new ZipError(`${name} is encrypted`);
  if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeader === 0xffffffff) {
    throw new ZipError('ZIP64 archives are not supported');
  }
  if (localHeader + 30 > zip.length || zip.readUInt32LE(localHeader) !== LOCAL) throw new ZipError('damaged ZIP local header');
  const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
  const data = zip.subarray(start, start + compressedSize);
  if (method === 0) return data;
  if (method !== 8) throw new ZipError(`${name} uses unsupported compression method ${method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, uncompressedSize) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new ZipError(`${name} inflates to more than the ${uncompressedSize} bytes its header declares (a ZIP bomb?)`);
    }
    throw new ZipError(`${name}: damaged compressed data (${(error as Error).message})`);
  }
}
