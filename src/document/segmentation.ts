// Word segmentation with the runtime's ICU dictionary, shared by every rule through the document.

export interface Word {
  text: string;
  /** Offset in the segmented string. */
  index: number;
  isWordLike: boolean;
}

let segmenter: Intl.Segmenter | undefined;

export function segmentWords(text: string): Word[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: Word[] = [];
  for (const s of segmenter.segment(text)) {
    words.push({ text: s.segment, index: s.index, isWordLike: s.isWordLike ?? false });
  }
  return words;
}
