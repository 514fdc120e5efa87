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

const WHITESPACE_RUN = /[ \t\n\r\u3000]+/g;
/** ASCII case folding, so `The the` is a repeat. */
const fold = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

export function repeatCandidates(text: string, particles: readonly string[] = []): RepeatCandidate[] {
  const out: RepeatCandidate[] = [];
  const n = text.length;
  // Adjacent repeats of 2–8 characters, in one pass: text[j, j+k) = text[j+k, j+2k).
  for (let j = 0; j + 3 < n; j++) {
    const a = text.charCodeAt(j);
    for (let k = 2; k <= MAX_UNIT && j + 2 * k <= n; k++) {
      if (text.charCodeAt(j + k) !== a) continue;
      let t = 1;
      while (t < k && text.charCodeAt(j + t) === text.charCodeAt(j + k + t)) t++;
      if (t === k && isWordChar(a)) out.push({ start: j, unit: k, gap: 0 });
    }
  }
  // Single characters only matter for particles that never double (的的).
  for (const p of particles) {
    const twice = p + p;
    for (let at = text.indexOf(twice); at !== -1; at = text.indexOf(twice, at + 1)) out.push({ start: at, unit: 1, gap: 0 });
  }
  // Repeats across whitespace: `the the`, a soft line break inside a Markdown paragraph.
  for (const m of text.matchAll(WHITESPACE_RUN)) {
    const g0 = m.index;
    const g1 = g0 + m[0].length;
    for (let k = 1; k <= MAX_UNIT && k <= g0 && g1 + k <= n; k++) {
      let same = true;
      for (let t = 0; t < k && same; t++) {
        const a = text.charCodeAt(g0 - k + t);
        same = isWordChar(a) && fold(a) === fold(text.charCodeAt(g1 + t));
      }
      if (same) out.push({ start: g0 - k, unit: k, gap: g1 - g0 });
    }
  }
  return out;
}
