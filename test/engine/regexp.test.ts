// The shortest prefix in which a pattern matches, against the definition: test every prefix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortestMatchingPrefix } from '../../src/regexp.js';

const bruteForce = (re: RegExp, text: string): number => {
  for (let p = 0; p <= text.length; p++) if (re.test(text.slice(0, p))) return p;
  return Infinity;
};

describe('shortestMatchingPrefix', () => {
  // Alternatives of different lengths at one start, overlapping words and a look-behind, as in the lexicons.
  const patterns = [/(?<!力争|要)实现|已实现|已有/, /力争|争取|目标/, /ab|b|abc/, /x+y/];
  const text = fc.array(fc.constantFrom('力', '争', '取', '要', '实', '现', '已', '有', '目', '标', 'a', 'b', 'c', 'x', 'y', '，'), { maxLength: 30 }).map((a) => a.join(''));

  it.each(patterns.map((p) => [String(p), p] as const))('is the first prefix that matches: %s', (_name, re) => {
    fc.assert(fc.property(text, (t) => shortestMatchingPrefix(re, t) === bruteForce(re, t)), { numRuns: 500 });
  });

  it('is Infinity when nothing matches', () => {
    expect(shortestMatchingPrefix(/目标/, '发展规划')).toBe(Infinity);
    expect(shortestMatchingPrefix(/ab|b/, 'xab')).toBe(3);
  });
});
