// Builds a deterministic benchmark corpus of Markdown (and some plain-text) policy documents from the seeds
// and, when present, ../shared/corpus. Same arguments, same bytes: a seeded generator, no clock, no randomness.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(md|txt)$/.test(name)) out.push(p);
  }
  return out;
}

/** Paragraphs of the source documents, without headings and licence footers. */
export function sourceParagraphs(root) {
  const files = walk(join(root, 'seeds'));
  const shared = join(root, '../shared/corpus');
  if (existsSync(shared)) files.push(...walk(shared));
  const paragraphs = [];
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split(/\r?\n/)) {
      const p = line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
      if (p.length >= 20 && !p.startsWith('#')) paragraphs.push(p);
    }
  }
  return paragraphs;
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * Writes `files` documents of about `meanKb` KB each into `dir` (replacing it). One in ten is plain text.
 * Returns the total bytes written.
 */
export function buildCorpus({ root, dir, files, meanKb, seed = 42 }) {
  const paragraphs = sourceParagraphs(root);
  const random = prng(seed);
  const pick = () => paragraphs[Math.floor(random() * paragraphs.length)];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let total = 0;
  for (let i = 0; i < files; i++) {
    const target = meanKb * 1024 * (0.5 + random());
    const markdown = i % 10 !== 9;
    const parts = [markdown ? `# 关于${pick().slice(0, 12)}的实施方案` : `关于${pick().slice(0, 12)}的实施方案`];
    let bytes = Buffer.byteLength(parts[0]);
    for (let section = 0; bytes < target; section++) {
      const heading = `${CN[section % 10]}、${pick().slice(0, 10)}`;
      parts.push(markdown ? `## ${heading}` : heading);
      for (let k = 0; k < 4 && bytes < target; k++) {
        const p = markdown ? pick() : `\u3000\u3000${pick()}`;
        parts.push(p);
        bytes += Buffer.byteLength(p) + Buffer.byteLength(heading) / 4;
      }
    }
    const text = parts.join(markdown ? '\n\n' : '\n') + '\n';
    const name = join(dir, `${String(Math.floor(i / 500)).padStart(2, '0')}`, `doc-${String(i).padStart(5, '0')}.${markdown ? 'md' : 'txt'}`);
    mkdirSync(join(name, '..'), { recursive: true });
    writeFileSync(name, text);
    total += Buffer.byteLength(text);
  }
  return total;
}
