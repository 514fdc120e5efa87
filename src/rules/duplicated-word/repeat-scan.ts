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

// Scratch tables shared by all calls: where each UTF-16 code unit was last seen, and for each position where the
// same code unit stood before it. Positions are stored plus `base`, which grows from call to call, so the
// 64K-entry table is never cleared: an entry below `base` is from an earlier text.
const lastSeen = new Int32Array(0x10000);
let previous = new Int32Array(4096);
let base = 1;

/** Flags of the particles (single characters) that never double, one table per list of them. */
const particleTables = new Map<string, Uint8Array>();
function particleTable(particles: readonly string[]): Uint8Array {
  const key = particles.join('');
  let table = particleTables.get(key);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const p of particles) if (p.length === 1) table[p.charCodeAt(0)] = 1;
    particleTables.set(key, table);
  }
  return table;
}

/**
 * Adjacent repeats of 2–8 characters, text[p, i) = text[i, 2i - p), and doubled particles (的的): for each
 * character only its earlier occurrences at most 8 back are tried (usually none in Chinese prose), instead of
 * every unit length at every place.
 */
function adjacentRepeats(text: string, particles: Uint8Array, visit: CandidateVisitor): void {
  const n = text.length;
  if (base > 0x7fffffff - n - 1) {
    lastSeen.fill(0);
    base = 1;
  }
  if (previous.length < n) previous = new Int32Array(Math.max(n, 2 * previous.length));
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const seen = lastSeen[c]!;
    lastSeen[c] = base + i;
    let p = seen >= base ? seen - base : -1;
    previous[i] = p;
    for (; p >= 0 && i - p <= MAX_UNIT; p = previous[p]!) {
      const k = i - p;
      if (k === 1) {
        if (particles[c] === 1) visit.found(p, 1, 0);
        continue;
      }
      if (visit.particlesOnly || i + k > n || !isWordChar(c)) continue;
      let t = 1;
      while (t < k && text.charCodeAt(p + t) === text.charCodeAt(i + t)) t++;
      if (t === k) visit.found(p, k, 0);
    }
  }
  base += n + 1;
}

/** Whitespace that may stand between two copies: space, tab, line breaks, the ideographic space. */
const isGap = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000;
/** ASCII case folding, so `The the` is a repeat. */
const fold = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

/**
 * Receives candidates without an object each (a run of one repeated character makes several per character);
 * once `particlesOnly` is set, only doubled particles are still looked for.
 */
export interface CandidateVisitor {
  particlesOnly: boolean;
  found(start: number, unit: number, gap: number): void;
}

export function repeatCandidates(text: string, particles: readonly string[] = []): RepeatCandidate[] {
  const out: RepeatCandidate[] = [];
  visitRepeatCandidates(text, particles, { particlesOnly: false, found: (start, unit, gap) => void out.push({ start, unit, gap }) });
  return out;
}

export function visitRepeatCandidates(text: string, particles: readonly string[], visit: CandidateVisitor): void {
  const n = text.length;
  // Single characters only matter for particles that never double (的的).
  adjacentRepeats(text, particleTable(particles), visit);
  if (visit.particlesOnly) return;
  // Repeats across whitespace: `the the`, a soft line break inside a Markdown paragraph.
  for (let g0 = 0; g0 < n; g0++) {
    if (!isGap(text.charCodeAt(g0))) continue;
    let g1 = g0 + 1;
    while (g1 < n && isGap(text.charCodeAt(g1))) g1++;
    for (let k = 1; k <= MAX_UNIT && k <= g0 && g1 + k <= n; k++) {
      let same = true;
      for (let t = 0; t < k && same; t++) {
        const a = text.charCodeAt(g0 - k + t);
        same = isWordChar(a) && fold(a) === fold(text.charCodeAt(g1 + t));
      }
      if (same) visit.found(g0 - k, k, g1 - g0);
    }
    g0 = g1;
    if (visit.particlesOnly) return;
  }
}
