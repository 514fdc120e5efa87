// Regular expressions built from word lists: the lexicons are data, and their words are matched literally.

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words as alternatives, longest first, so that a word wins over its own prefix (百分点 over 百分). */
export function longestFirstAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
