// Bytes to text and back: BOMs, UTF-8, UTF-16 and GB18030 (still common for Chinese government files).
import { Buffer, isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { iconv } from '../commonjs.js';

export interface Decoded {
  text: string;
  /** Canonical WHATWG name: utf-8, utf-16le, utf-16be, gb18030, big5 … */
  encoding: string;
  /** The file started with a byte order mark (kept out of `text`, restored when writing). */
  bom: boolean;
  /** Byte offset in the file of the first invalid byte sequence; the text has U+FFFD in its place. */
  invalidAt?: number;
  /** The bytes that were decoded (after the BOM); --fix checks against them that re-encoding loses nothing. */
  body?: Uint8Array;
}

/** What a file that is not text seems to be, which decides the advice given (core message `unchecked.<kind>`). */
export type NotTextKind = 'pdf' | 'word97' | 'zip' | 'image' | 'archive' | 'utf-16le' | 'utf-16be' | 'binary';

export class BinaryFileError extends Error {
  constructor(message: string, readonly kind: NotTextKind = 'binary') {
    super(message);
  }
}

/** How much of the start of a file is looked at to tell text from binary. */
const SNIFF = 8192;

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** File signatures of common non-text formats that need not contain a NUL byte early on. */
const MAGIC: { bytes: number[]; kind: string; type: NotTextKind }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'PDF', type: 'pdf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ZIP archive (or .docx/.xlsx)', type: 'zip' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'ZIP archive', type: 'zip' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG image', type: 'image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image', type: 'image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image', type: 'image' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'OLE document (.doc/.xls/.wps)', type: 'word97' },
  { bytes: [0x1f, 0x8b], kind: 'gzip archive', type: 'archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'RAR archive', type: 'archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: '7z archive', type: 'archive' },
];

const startsWith = (b: Uint8Array, prefix: number[]) => prefix.every((x, i) => b[i] === x);

/**
 * Decodes a file. A byte order mark decides; else `forced` (settings.encoding) decides; else valid UTF-8 is
 * UTF-8, and text that is not is read as GB18030 (a superset of GBK and GB2312) unless it is mostly UTF-8
 * with a few broken bytes. Throws BinaryFileError for what is not text, RangeError for an unknown encoding.
 */
export function decode(bytes: Uint8Array, forced?: string): Decoded {
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  // A BOM is unambiguous, so it wins over a forced encoding (a folder forced to gb18030 may hold a UTF-8 file).
  if (bom) return decodeAs(bytes.subarray(bom.bytes.length), bom.encoding, bom.bytes.length);
  if (forced) return decodeAs(bytes, canonicalEncoding(forced), 0);
  sniffBinary(bytes);
  // Node's own validator and decoder (simdutf) for the common case; the scan below only for files that fail.
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8', bom: false, body: bytes };
  const utf8 = scanUtf8(bytes);
  // A few broken sequences in a file of valid UTF-8 Chinese: UTF-8 with replacements, not GB18030 mojibake.
  if (utf8.multibyte >= 4 * utf8.invalid) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: false, invalidAt: utf8.firstInvalid, body: bytes };
  }
  return decodeAs(bytes, 'gb18030', 0);
}

/** The WHATWG name of an encoding label (`utf8` → `utf-8`, `GBK` → `gbk`); RangeError when unknown. */
export function canonicalEncoding(label: string): string {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    throw new RangeError(`unknown encoding "${label}"`);
  }
}

function decodeAs(body: Uint8Array, encoding: string, bomLength: number): Decoded {
  const bom = bomLength > 0;
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding, bom, body };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    return { text, encoding, bom, invalidAt: bomLength + firstInvalidOffset(body, encoding), body };
  }
}

function sniffBinary(bytes: Uint8Array): void {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) throw new BinaryFileError(`not a text file: ${magic.kind}`, magic.type);
  const head = bytes.subarray(0, SNIFF);
  let nulEven = 0;
  let nulOdd = 0;
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head[i]!;
    if (c === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) controls++;
  }
  if (nulEven + nulOdd > 0) {
    // UTF-16 without a BOM has NULs in every other byte (the high byte of ASCII characters).
    const half = head.length / 2;
    const hint = nulOdd > half / 4 && nulEven === 0 ? 'utf-16le' : nulEven > half / 4 && nulOdd === 0 ? 'utf-16be' : '';
    throw new BinaryFileError(
      hint
        ? `not a text file: it contains NUL bytes; if it is ${hint.toUpperCase()} without a byte order mark, set settings.encoding to "${hint}"`
        : 'not a text file: it contains NUL bytes',
      hint || 'binary',
    );
  }
  if (controls > head.length / 10) throw new BinaryFileError('not a text file: it is mostly control characters');
}

interface Utf8Scan {
  /** Number of invalid sequences (each resynchronised one byte later). */
  invalid: number;
  /** Number of valid multi-byte sequences. */
  multibyte: number;
  firstInvalid?: number;
}

/** Byte offset of the first invalid UTF-8 sequence, or undefined when all of it is valid. */
export function firstInvalidUtf8(b: Uint8Array): number | undefined {
  return scanUtf8(b, true).firstInvalid;
}

function scanUtf8(b: Uint8Array, stopAtFirst = false): Utf8Scan {
  const scan: Utf8Scan = { invalid: 0, multibyte: 0 };
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(b, i);
    if (length > 0) {
      scan.multibyte++;
      i += length;
      continue;
    }
    scan.firstInvalid ??= i;
    scan.invalid++;
    if (stopAtFirst) break;
    // One error per broken sequence, as a decoder counts it: skip the continuation bytes that follow.
    i++;
    for (let k = 0; k < 3 && i < n && (b[i]! & 0xc0) === 0x80; k++) i++;
  }
  return scan;
}

/** Length of the valid multi-byte sequence starting at i, or 0 (overlong forms and surrogates are invalid). */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  let need: number;
  let min: number;
  if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
  else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
  else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
  else return 0;
  if (i + need >= b.length) return 0;
  let cp = c & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const cc = b[i + k]!;
    if ((cc & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return need + 1;
}

/**
 * Byte offset (in `body`) of the first invalid sequence, for any encoding the decoder knows. A streaming
 * fatal decoder finds the failing chunk; the chunk before it and that chunk are then fed byte by byte to find
 * where the broken sequence starts (the byte after the last complete character).
 */
function firstInvalidOffset(body: Uint8Array, encoding: string): number {
  if (encoding === 'utf-8') return firstInvalidUtf8(body) ?? 0;
  const CHUNK = 16384;
  const fatal = () => new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const scan = fatal();
  let failed = -1;
  for (let off = 0; off < body.length && failed < 0; off += CHUNK) {
    try {
      scan.decode(body.subarray(off, off + CHUNK), { stream: true });
    } catch {
      failed = off;
    }
  }
  if (failed < 0) failed = Math.max(0, Math.floor((body.length - 1) / CHUNK) * CHUNK); // a sequence cut off at the end
  const from = Math.max(0, failed - CHUNK);
  const replay = fatal();
  replay.decode(body.subarray(0, from), { stream: true });
  let boundary = from;
  try {
    for (let i = from; i < body.length; i++) {
      if (replay.decode(body.subarray(i, i + 1), { stream: true }).length > 0) boundary = i + 1;
    }
    replay.decode();
  } catch {
    return boundary;
  }
  return boundary;
}

export class EncodeError extends Error {}

/**
 * Text back to bytes in the file's own encoding, BOM restored (for --fix). Refuses (EncodeError) rather than
 * lose data: a file with invalid bytes (they were replaced by U+FFFD), an encoding whose round trip does not
 * give back the original bytes, or fixed text with characters the encoding cannot hold.
 */
export function encode(text: string, decoded: Pick<Decoded, 'encoding' | 'bom' | 'invalidAt' | 'body' | 'text'>): Buffer {
  const enc = decoded.encoding;
  if (decoded.invalidAt !== undefined) {
    throw new EncodeError(
      `not written: the file has invalid ${enc} bytes (first at byte ${decoded.invalidAt}) that writing would replace with U+FFFD`,
    );
  }
  const bom = decoded.bom ? '\uFEFF' : '';
  if (enc === 'utf-8') return Buffer.from(bom + text, 'utf8');
  if (enc === 'utf-16le') return Buffer.from(bom + text, 'utf16le');
  if (enc === 'utf-16be') return Buffer.from(bom + text, 'utf16le').swap16();
  if (!iconv().encodingExists(enc)) throw new EncodeError(`not written: writing ${enc} is not supported`);
  // iconv-lite and the WHATWG decoder differ on a few code points (e.g. byte 0x80 in GB18030): check both ways.
  if (decoded.body && decoded.text !== undefined && !iconv().encode(decoded.text, enc).equals(decoded.body)) {
    throw new EncodeError(`not written: re-encoding this file as ${enc} would not give back its original bytes`);
  }
  const bytes = iconv().encode(text, enc);
  if (new TextDecoder(enc).decode(bytes) !== text) {
    throw new EncodeError(`not written: the fixed text has characters that ${enc} cannot represent`);
  }
  return bytes;
}
