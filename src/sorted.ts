// Searches in sorted lists of offsets: a rule that asks the same question of thousands of places in one block lists
// the places once and bisects, instead of scanning the text again for each.

/** The index of the first element of `sorted` at or after `at` (its length when none is). */
export function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
