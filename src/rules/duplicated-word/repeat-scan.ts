// Cheap pre-filter: places where a short run of text is immediately repeated (发展发展, the the,
// 发展\n发展). Only blocks with such a place are segmented into words.

/** A place where text[start, start+unit) is followed (after `gap` whitespace characters) by the same text. */
export interface RepeatCandidate {
  start: number;
  unit: number;
  gap: number;
}

const MAX_UNIT = 8;

/** Letters and digits: ASCII, full-width, CJK ideographs (BMP). */
export function isWordChar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff10 && c <= 0xff19) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000;
/** ASCII case folding, so `The the` is a repeat. */
const fold = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

export function repeatCandidates(text: string): RepeatCandidate[] {
  const out: RepeatCandidate[] = [];
  const n = text.length;
  // Adjacent repeats: a run of r ≥ k positions with text[j] = text[j+k] means text[j-k+1, j+1) is doubled.
  for (let k = 1; k <= MAX_UNIT; k++) {
    let run = 0;
    for (let j = 0; j + k < n; j++) {
      const a = text.charCodeAt(j);
      if (a === text.charCodeAt(j + k) && isWordChar(a)) {
        if (++run >= k) out.push({ start: j - k + 1, unit: k, gap: 0 });
      } else run = 0;
    }
  }
  // Repeats across whitespace: `the the`, a soft line break inside a Markdown paragraph.
  for (let g0 = 1; g0 < n; g0++) {
    if (!isSpace(text.charCodeAt(g0)) || isSpace(text.charCodeAt(g0 - 1))) continue;
    let g1 = g0;
    while (g1 < n && isSpace(text.charCodeAt(g1))) g1++;
    for (let k = 1; k <= MAX_UNIT && k <= g0 && g1 + k <= n; k++) {
      let same = true;
      for (let t = 0; t < k && same; t++) {
        const a = text.charCodeAt(g0 - k + t);
        same = isWordChar(a) && fold(a) === fold(text.charCodeAt(g1 + t));
      }
      if (same) out.push({ start: g0 - k, unit: k, gap: g1 - g0 });
    }
    g0 = g1;
  }
  return out;
}
