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

/**
 * Paragraphs of the source documents, without headings and licence footers. `documentsOnly` leaves out the corpus's
 * own notes (SOURCES.md, README.md: English provenance lines), which the corpus before 2026-12-02 took in.
 */
export function sourceParagraphs(root, { documentsOnly = true } = {}) {
  const isNote = (file) => /(?:^|\/)(?:SOURCES|README)\.md$/.test(file);
  const files = walk(join(root, 'seeds'));
  const shared = join(root, '../shared/corpus');
  if (existsSync(shared)) files.push(...walk(shared));
  if (documentsOnly) files.splice(0, files.length, ...files.filter((file) => !isNote(file)));
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
 * Markdown as document repositories write it, for a paragraph `p` of a rich document: a bold lead phrase, a link
 * on the document it cites, a bullet or ordered list, an indicator table, a note in a block quote, or, most often,
 * the paragraph as it is. `random` decides, `pick` gives more source paragraphs.
 */
function withMarkup(p, random, pick) {
  const clause = (text) => text.split(/[；。]/)[0].slice(0, 60);
  const r = random();
  if (r < 0.15) {
    const end = p.indexOf('。');
    return end > 4 && end < 40 ? `**${p.slice(0, end + 1)}**${p.slice(end + 1)}` : p;
  }
  if (r < 0.27) {
    const cited = /《[^》]{2,30}》/.exec(p);
    if (!cited) return p;
    const url = `https://www.gov.cn/zhengce/content/${2000 + Math.floor(random() * 25)}-0${1 + Math.floor(random() * 9)}/content_${5000000 + Math.floor(random() * 999999)}.htm`;
    return `${p.slice(0, cited.index)}[${cited[0]}](${url})${p.slice(cited.index + cited[0].length)}`;
  }
  const items = () => Array.from({ length: 3 + Math.floor(random() * 3) }, () => `${clause(pick())}。`);
  if (r < 0.37) return `${p}\n\n${items().map((item) => `- ${item}`).join('\n')}`;
  if (r < 0.42) return `${p}\n\n${items().map((item, n) => `${n + 1}. ${item}`).join('\n')}`;
  if (r < 0.47) {
    const rows = Array.from({ length: 3 + Math.floor(random() * 4) }, () => {
      const before = Math.floor(random() * 5000);
      const unit = ['%', '万人', '亿元', '个'][Math.floor(random() * 4)];
      return `| ${clause(pick()).slice(0, 10)}（${unit}） | ${before} | ${before + Math.floor(random() * 2000)} | ${random() < 0.5 ? '预期性' : '约束性'} |`;
    });
    return [p, '| 指标 | 2020年 | 2025年 | 属性 |\n| --- | ---: | ---: | --- |\n' + rows.join('\n')].join('\n\n');
  }
  if (r < 0.5) return `> 注：${p}`;
  return p;
}

/**
 * Writes `files` documents of about `meanKb` KB each into `dir` (replacing it). One in ten is plain text. With
 * `markup` (the default), six in ten of the Markdown documents use Markdown beyond headings and paragraphs (see
 * `withMarkup`), drawn from a second generator; without it, the documents are only headings and paragraphs, byte
 * for byte the corpus of the measurements before 2026-12-02.
 * Returns the total bytes written.
 */
export function buildCorpus({ root, dir, files, meanKb, seed = 42, markup = true }) {
  const paragraphs = sourceParagraphs(root, { documentsOnly: markup });
  const random = prng(seed);
  const markupRandom = prng(seed + 1);
  const pick = () => paragraphs[Math.floor(random() * paragraphs.length)];
  const markupPick = () => paragraphs[Math.floor(markupRandom() * paragraphs.length)];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let total = 0;
  for (let i = 0; i < files; i++) {
    const target = meanKb * 1024 * (0.5 + random());
    const markdown = i % 10 !== 9;
    const rich = markup && markdown && markupRandom() < 0.6;
    const parts = [markdown ? `# 关于${pick().slice(0, 12)}的实施方案` : `关于${pick().slice(0, 12)}的实施方案`];
    let bytes = Buffer.byteLength(parts[0]);
    for (let section = 0; bytes < target; section++) {
      const heading = `${CN[section % 10]}、${pick().slice(0, 10)}`;
      parts.push(markdown ? `## ${heading}` : heading);
      for (let k = 0; k < 4 && bytes < target; k++) {
        const p = markdown ? pick() : `\u3000\u3000${pick()}`;
        const written = rich ? withMarkup(p, markupRandom, markupPick) : p;
        parts.push(written);
        bytes += Buffer.byteLength(written) + Buffer.byteLength(heading) / 4;
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
