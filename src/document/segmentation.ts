// Word segmentation with the runtime's ICU dictionary, shared by every rule through the document.

export interface Word {
  text: string;
  /** Offset in the segmented string. */
  index: number;
  isWordLike: boolean;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * ICU's dictionary segmentation of Chinese slows down super-linearly on long stretches (80 000 characters on
 * one line take seconds, 4 000 take a millisecond), so longer texts are segmented in pieces of at most this
 * many characters, cut after a sentence end or, failing that, a comma or space (words never span those).
 */
const MAX_PIECE = 4096;
const SENTENCE_END = /[。！？；!?;\n\r]/;
const SOFT_BREAK = /[，、：,:\s]/;

export function segmentWords(text: string): Word[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: Word[] = [];
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start);
    const piece = end - start === text.length ? text : text.slice(start, end);
    for (const s of segmenter.segment(piece)) {
      words.push({ text: s.segment, index: start + s.index, isWordLike: s.isWordLike ?? false });
    }
    start = end;
  }
  return words;
}

/** End of the piece of at most `max` characters from `start`: after a sentence end, else a comma or space. */
export function pieceEnd(text: string, start: number, max = MAX_PIECE): number {
  const limit = start + max;
  if (limit >= text.length) return text.length;
  for (const breaks of [SENTENCE_END, SOFT_BREAK]) {
    for (let i = limit - 1; i > start + max / 2; i--) if (breaks.test(text[i]!)) return i + 1;
  }
  // No break at all: cut anyway, but not inside a surrogate pair.
  const low = text.charCodeAt(limit);
  return low >= 0xdc00 && low <= 0xdfff ? limit - 1 : limit;
}
