// Regular expressions built from word lists: the lexicons are data, and their words are matched literally.

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words as alternatives, longest first, so that a word wins over its own prefix (百分点 over 百分). */
export function longestFirstAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * Every match of a global pattern in `text`, as `text.matchAll(re)` gives them, by exec on the pattern itself:
 * matchAll copies the pattern on each call, which costs more than the search on a short block of text.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/**
 * The length of the shortest start of `text` in which a non-global `re` finds a match, or Infinity. For a pattern
 * without look-ahead or `$`, `re.test(text.slice(0, p))` holds exactly when p is at least this, so a caller asking
 * that of many offsets in one long sentence tests it O(log n) times instead of once per offset.
 */
export function shortestMatchingPrefix(re: RegExp, text: string): number {
  const first = re.exec(text);
  if (!first) return Infinity;
  // The leftmost match ends at `hi`; a match of another alternative may end earlier.
  let lo = 0;
  let hi = first.index + first[0].length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (re.test(text.slice(0, mid))) hi = mid;
    else lo = mid;
  }
  return hi;
}
