// Checks a Word package before anything parses it, since a .docx from a pull request is outsider input: sizes
// once inflated (ZIP bombs), duplicate entry names (one reader sees one part, another the other), and XML
// nested so deep that parsing it takes quadratic time or overflows the stack. Also finds the main part through
// the package relationships, as Word does (it need not be word/document.xml).
import { readEntry, zipEntries, ZipError, type ZipEntry } from './docx-zip.js';

/** Bytes all entries may inflate to together: far above any real document's text, far below the heap. */
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
/** Inflated-to-compressed ratio beyond which a large entry is taken for a bomb (Word's XML compresses ~10:1). */
export const MAX_COMPRESSION_RATIO = 200;
/** Entries smaller than this once inflated are not held to the ratio (tiny parts compress extremely well). */
const RATIO_FLOOR = 1024 * 1024;
/** XML element depth: Word's deepest real structures (tables in tables, content controls) stay far below it. */
export const MAX_XML_DEPTH = 512;

const OFFICE_DOCUMENT = /\/officeDocument$/;

export interface WordPackage {
  /** Path of the main document part in the archive. */
  mainPart: string;
  /** Its XML, or null when the archive lacks it (the reader reports that). */
  mainXml: string | null;
}

export function inspectWordPackage(zip: Buffer): WordPackage {
  const entries = zipEntries(zip);
  const byName = new Map<string, ZipEntry>();
  let total = 0;
  for (const entry of entries) {
    if (byName.has(entry.name)) {
      throw new ZipError(`the archive holds two entries named "${entry.name}": programs may read different ones, so content can hide in the other (suspicious)`);
    }
    byName.set(entry.name, entry);
    total += entry.uncompressedSize;
    if (total > MAX_UNCOMPRESSED_BYTES) {
      throw new ZipError(`its parts inflate to more than ${MAX_UNCOMPRESSED_BYTES} bytes (limit for Word files; a ZIP bomb?)`);
    }
    if (entry.uncompressedSize > RATIO_FLOOR && entry.uncompressedSize > MAX_COMPRESSION_RATIO * entry.compressedSize) {
      throw new ZipError(`${entry.name} is compressed more than ${MAX_COMPRESSION_RATIO}:1 (${entry.compressedSize} → ${entry.uncompressedSize} bytes; a ZIP bomb?)`);
    }
  }
  const texts = new Map<string, string>();
  for (const entry of entries) {
    // Inflating every entry checks that none exceeds its declared size (headers can lie) before mammoth reads them.
    const bytes = readEntry(zip, entry);
    if (!/\.(?:xml|rels)$/i.test(entry.name)) continue;
    const xml = bytes.toString('utf8');
    checkXmlDepth(xml, entry.name);
    texts.set(entry.name, xml);
  }
  const mainPart = mainPartOf(texts.get('_rels/.rels'));
  return { mainPart, mainXml: texts.get(mainPart) ?? null };
}

/** The target of the package's officeDocument relationship (word/document.xml when there is none). */
function mainPartOf(rels: string | undefined): string {
  for (const m of rels?.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g) ?? []) {
    const type = /\bType\s*=\s*["']([^"']*)["']/.exec(m[1]!)?.[1];
    const target = /\bTarget\s*=\s*["']([^"']*)["']/.exec(m[1]!)?.[1];
    if (type && target && OFFICE_DOCUMENT.test(type)) return target.replace(/^\/+/, '');
  }
  return 'word/document.xml';
}

/**
 * Refuses XML nested deeper than MAX_XML_DEPTH, in one linear pass: tags, with quoted attribute values,
 * comments, CDATA, processing instructions and declarations skipped as units.
 */
export function checkXmlDepth(xml: string, part: string): void {
  let depth = 0;
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    const next = xml[i + 1];
    let end: number;
    if (xml.startsWith('<!--', i)) end = closeOf(xml, '-->', i);
    else if (xml.startsWith('<![CDATA[', i)) end = closeOf(xml, ']]>', i);
    else if (next === '?') end = closeOf(xml, '?>', i);
    else {
      end = tagEnd(xml, i);
      if (next === '/') depth--;
      else if (next !== '!' && xml[end - 2] !== '/') {
        if (++depth > MAX_XML_DEPTH) throw new ZipError(`${part}: XML nested more than ${MAX_XML_DEPTH} levels deep (limit; not read)`);
      }
    }
    i = xml.indexOf('<', end);
  }
}

function closeOf(xml: string, close: string, from: number): number {
  const at = xml.indexOf(close, from);
  return at < 0 ? xml.length : at + close.length;
}

/** Index just past the `>` that ends the tag at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return xml.length;
}
