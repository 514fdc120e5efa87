// Bytes to text: BOMs, UTF-8, UTF-16 and GB18030 (still common for Chinese government files).
import { TextDecoder } from 'node:util';

export interface Decoded {
  text: string;
  encoding: string;
  /** The file started with a byte order mark (kept out of `text`, restored when writing). */
  bom: boolean;
  /** The first invalid byte sequence, if any; the rest is decoded with U+FFFD in its place. */
  invalidAt?: number;
}

export class BinaryFileError extends Error {}

const SNIFF = 8192;

export function decode(bytes: Uint8Array, forced?: string): Decoded {
  if (forced) return decodeAs(bytes, forced.toLowerCase(), false);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes.subarray(3), 'utf-8', true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be', true);
  if (bytes.subarray(0, SNIFF).includes(0)) throw new BinaryFileError('not a text file (it contains NUL bytes)');
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt === undefined) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: false };
  // Not UTF-8: GB18030 (a superset of GBK and GB2312) if it decodes cleanly, else UTF-8 with replacements.
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030', bom: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: false, invalidAt };
  }
}

function decodeAs(bytes: Uint8Array, encoding: string, bom: boolean): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new RangeError(`unknown encoding "${encoding}"`);
  }
  try {
    return { text: decoder.decode(bytes), encoding, bom };
  } catch {
    const invalidAt = encoding === 'utf-8' ? firstInvalidUtf8(bytes) : undefined;
    const text = new TextDecoder(encoding).decode(bytes);
    return { text, encoding, bom, invalidAt: invalidAt ?? 0 };
  }
}

/** Byte offset of the first invalid UTF-8 sequence, or undefined when all of it is valid. */
export function firstInvalidUtf8(b: Uint8Array): number | undefined {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return undefined;
}

/** Text back to bytes in the file's own encoding (for --fix). */
export function encode(text: string, decoded: Pick<Decoded, 'encoding' | 'bom'>): Buffer {
  const enc = decoded.encoding;
  if (enc === 'utf-8') return Buffer.from((decoded.bom ? '\uFEFF' : '') + text, 'utf8');
  if (enc === 'utf-16le') return Buffer.from((decoded.bom ? '\uFEFF' : '') + text, 'utf16le');
  if (enc === 'utf-16be') {
    const le = Buffer.from((decoded.bom ? '\uFEFF' : '') + text, 'utf16le');
    return le.swap16();
  }
  throw new RangeError(`writing ${enc} is not supported`);
}
