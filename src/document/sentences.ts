// Sentence splitting on Chinese and Western terminators; closing quotes and brackets stay with their sentence.
import type { Block } from './block.js';

export interface Sentence {
  block: Block;
  /** Offsets in `block.text`. */
  start: number;
  end: number;
  text: string;
}

const TERMINATOR = /[。！？；!?;…]+[”’」』）)]*|\n+/g;

export function splitSentences(block: Block): Sentence[] {
  const sentences: Sentence[] = [];
  const text = block.text;
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    push(start, end);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return sentences;

  function push(s: number, e: number): void {
    while (s < e && /\s/.test(text[s]!)) s++;
    if (e > s) sentences.push({ block, start: s, end: e, text: text.slice(s, e) });
  }
}
