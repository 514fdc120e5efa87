// Sentence splitting on Chinese and Western terminators; closing quotes and brackets stay with their sentence.
import type { Block } from './block.js';

export interface Sentence {
  block: Block;
  /** Offsets in `block.text`. */
  start: number;
  end: number;
  text: string;
}

// What each code unit is to the splitter, looked up by a table: every character of every block is read, and a
// global regex (/[。！？；!?;…]+[”’」』）)]*|\n+/g) with a whitespace test per sentence cost twice as much.
const TERMINATOR = 1; // 。！？；!?;…
const CLOSER = 2; // ”’」』）) after terminators
const NEWLINE = 4;
const SPACE = 8; // what /\s/ matches
const KIND = new Uint8Array(0x10000);
for (const c of '。！？；!?;…') KIND[c.charCodeAt(0)]! |= TERMINATOR;
for (const c of '”’」』）)') KIND[c.charCodeAt(0)]! |= CLOSER;
KIND[0x0a]! |= NEWLINE;
for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) KIND[c]! |= SPACE;

export function splitSentences(block: Block): Sentence[] {
  const sentences: Sentence[] = [];
  splitInto(block, sentences);
  return sentences;
}

/** The sentences of every block, in order (the document's `sentences`). */
export function splitAllSentences(blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) splitInto(block, sentences);
  return sentences;
}

function splitInto(block: Block, sentences: Sentence[]): void {
  const text = block.text;
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const kind = KIND[text.charCodeAt(i)]!;
    if (kind & TERMINATOR) {
      let j = i + 1;
      while (j < n && KIND[text.charCodeAt(j)]! & TERMINATOR) j++;
      while (j < n && KIND[text.charCodeAt(j)]! & CLOSER) j++;
      push(block, sentences, start, j);
      start = i = j;
    } else if (kind & NEWLINE) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === 0x0a) j++;
      push(block, sentences, start, i);
      start = i = j;
    } else {
      i++;
    }
  }
  push(block, sentences, start, n);
}

function push(block: Block, sentences: Sentence[], s: number, e: number): void {
  const text = block.text;
  while (s < e && KIND[text.charCodeAt(s)]! & SPACE) s++;
  if (e > s) sentences.push({ block, start: s, end: e, text: text.slice(s, e) });
}
