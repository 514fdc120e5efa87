// A sentence or paragraph of 30+ characters that appears twice in one document: a copy-paste slip.
import type { Rule, RuleContext } from '../../types.js';
import type { Sentence } from '../../document/sentences.js';
import type { Block } from '../../document/block.js';
import formulaic from './formulaic.json' with { type: 'json' };
import { ORDINAL_NUMERAL_CLASS } from '../../quantity/numerals.js';

interface Options {
  minLength: number;
}

/** An article of a law or regulation: 第十二条, 第一百三十三条之一. */
const ARTICLE = new RegExp(`^第${ORDINAL_NUMERAL_CLASS}+条(?:之${ORDINAL_NUMERAL_CLASS}+)?[\\s　]`);
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/g;
/** Whitespace, zero-width characters and a leading 第X条 do not make two passages different. */
const normalise = (s: string): string => s.replace(ARTICLE, '').replace(INVISIBLE, '');
/** A note in brackets, such as （牵头单位：…）, or a responsibility or deadline note repeats by design. */
const PARENTHETICAL = /^[（(【〔][^）)】〕]*[）)】〕]$/;
const NOTE = new RegExp(`^[（(【〔]?(?:${formulaic.notePrefixes.join('|')})`);

const rule: Rule<Options> = {
  meta: {
    id: 'duplicate-passage',
    description: { zh: '同一句子或段落重复出现', en: 'A sentence or paragraph appears twice in one document' },
    severity: 'warn',
    schema: {
      properties: {
        minLength: {
          type: 'integer',
          minimum: 10,
          default: 30,
          description: '句子去掉空白后至少多少字才检查 / shortest sentence checked, whitespace removed',
        },
      },
      additionalProperties: false,
    },
    messages: {
      paragraph: { zh: '本段与第{line}行的段落重复', en: 'This paragraph repeats the one on line {line}' },
      sentence: { zh: '“{excerpt}”与第{line}行重复', en: '"{excerpt}" repeats line {line}' },
      first: { zh: '首次出现', en: 'first occurrence' },
    },
    docs: {
      decides: {
        zh: '比较正文段落中的句子：去掉空白、零宽字符和句首“第X条”后至少 minLength 字（默认30）的句子在同一文档中第二次出现时报告，整段相同时按段报告，连续重复的句子合为一条。标题、表格、引号内的句子（修改决定引用新旧条文）以及“牵头单位：”之类的括号或责任说明不检查。按条文组织的法规中，只在同一条内比较，且只报告整段重复。',
        en: 'Compares the sentences of body paragraphs: a sentence of at least minLength characters (30 by default), after removing whitespace, zero-width characters and a leading 第X条, that occurs a second time is reported; a whole repeated paragraph is reported once as a paragraph, and consecutive repeated sentences as one passage. Headings, table cells, sentences inside quotation marks (amendments quote old and new wording) and bracketed or responsibility notes such as 牵头单位 are left alone. In laws written in articles, only repeats within one article are compared, and only whole paragraphs are reported.',
      },
      limits: {
        zh: '只认逐字相同的文字（空白除外），改了一两个字的重复看不出；短于 minLength 的重复不报。有意重复的段落（各章相同的保障措施、每节重复的模板句）也会被报告，规则无法区分有意和无意。',
        en: 'Only text identical character for character (whitespace aside) is seen: a repeat with one or two words changed is missed, and repeats shorter than minLength are not reported. Passages repeated on purpose (the same safeguard paragraph in each chapter, a template sentence per section) are reported too: the rule cannot tell intent.',
      },
      turnOff: {
        zh: '模板化的汇编、每节重复固定表述的表格式文档或多份文件合并成的文本，可提高 minLength 或关闭。',
        en: 'Raise minLength or turn it off for template-based compilations, documents that repeat fixed wording in every section, and files that merge several documents into one text.',
      },
    },
    examples: {
      valid: [
        {
          title: { zh: '短句重复不报', en: 'Short sentences may repeat' },
          text: '加强组织领导。完善政策措施。\n加强组织领导。强化督查考核。\n',
        },
      ],
      invalid: [
        {
          title: { zh: '整段重复', en: 'A repeated paragraph' },
          text:
            '江门高新区上榜国家安全应急产业示范基地创建单位名单，安全应急产业集群取得历史性突破。\n' +
            '数读\n' +
            '江门高新区上榜国家安全应急产业示范基地创建单位名单，安全应急产业集群取得历史性突破。\n',
          messages: ['本段与第1行的段落重复'],
        },
        {
          title: { zh: '句子重复', en: 'A repeated sentence' },
          text:
            '到2025年，全市先进制造业增加值占规模以上工业增加值比重达到百分之五十五以上。产业规模不断壮大。\n' +
            '开放合作取得新成效。到2025年，全市先进制造业增加值占规模以上工业增加值比重达到百分之五十五以上。\n',
          messages: ['“到2025年，全市先进制造业增加…”与第1行重复'],
        },
      ],
    },
  },
  create(context) {
    const doc = context.document;
    const min = context.options.minLength;
    const firstSeen = new Map<string, Sentence>();
    const articleOf = articles(doc.blocks);
    const quoted = quotedSentences(doc.sentences);
    // Repeats per later block, in order; a block repeated whole is reported once.
    const repeats = new Map<Block, Repeat[]>();
    for (const sentence of doc.sentences) {
      const block = sentence.block;
      if (block.kind !== 'paragraph') continue; // headings repeat in tables of contents, cells in tables
      if (sentence.end - sentence.start < min || quoted.has(sentence) || isNote(sentence.text)) continue;
      const key = normalise(sentence.text);
      if (key.length < min) continue;
      const earlier = firstSeen.get(key);
      if (!earlier) {
        firstSeen.set(key, sentence);
        continue;
      }
      // Laws restate a clause in each article (and each paragraph) that needs it: there only a whole
      // paragraph repeated within one article is a slip.
      if (articleOf.get(earlier.block) !== articleOf.get(block)) continue;
      const list = repeats.get(block);
      if (list) list.push({ sentence, earlier });
      else repeats.set(block, [{ sentence, earlier }]);
    }
    for (const [block, list] of repeats) {
      const source = list[0]!.earlier.block;
      if (source !== block && normalise(source.text) === normalise(block.text)) {
        report(context, 'paragraph', block, 0, block.text.length, source, 0, source.text.length);
        continue;
      }
      if (articleOf.get(block) !== -1) continue;
      for (const run of consecutiveRuns(list)) {
        const first = run[0]!;
        const last = run[run.length - 1]!;
        report(context, 'sentence', block, first.sentence.start, last.sentence.end, first.earlier.block,
          first.earlier.start, last.earlier.end);
      }
    }
  },
};
export default rule;

function report(
  context: RuleContext<Options>,
  messageId: 'paragraph' | 'sentence',
  block: Block,
  start: number,
  end: number,
  earlierBlock: Block,
  earlierStart: number,
  earlierEnd: number,
): void {
  const earlierRange = earlierBlock.sourceRange(earlierStart, earlierEnd);
  const line = context.document.lines.lineOf(earlierRange[0]);
  const text = block.text.slice(start, end);
  const excerpt = text.length > 18 ? `${text.slice(0, 16)}…` : text;
  context.report({
    messageId,
    data: { line, excerpt },
    range: block.sourceRange(start, end),
    related: [{ range: earlierRange, messageId: 'first' }],
  });
}

function isNote(text: string): boolean {
  return PARENTHETICAL.test(text) || NOTE.test(text);
}

interface Repeat {
  sentence: Sentence;
  earlier: Sentence;
}

/** Repeated sentences that follow each other in both places form one passage, reported once. */
function consecutiveRuns(list: readonly Repeat[]): Repeat[][] {
  const runs: Repeat[][] = [];
  for (const r of list) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    const follows =
      prev &&
      prev.earlier.block === r.earlier.block &&
      r.earlier.start >= prev.earlier.end &&
      /^\s*$/.test(r.sentence.block.text.slice(prev.sentence.end, r.sentence.start)) &&
      /^\s*$/.test(r.earlier.block.text.slice(prev.earlier.end, r.earlier.start));
    if (follows) run!.push(r);
    else runs.push([r]);
  }
  return runs;
}

/** The article (第X条) each block belongs to, when the document is organised in articles. */
function articles(blocks: readonly Block[]): Map<Block, number> {
  const map = new Map<Block, number>();
  let article = -1;
  for (const b of blocks) {
    if (b.kind === 'heading') article = -1;
    else if (ARTICLE.test(b.text)) article = b.index;
    map.set(b, article);
  }
  return map;
}

/**
 * Sentences inside quotation marks: amendments quote the old and the new wording, which share
 * sentences. A paragraph that opens with “ continues a quotation over several paragraphs.
 */
function quotedSentences(sentences: readonly Sentence[]): Set<Sentence> {
  const quoted = new Set<Sentence>();
  // Sentences come block by block, in order within a block: the quotation depth is carried forward from one
  // sentence to the next instead of recounted from the block start (quadratic on a long block).
  let block: Block | undefined;
  let hasQuote = false;
  let depth = 0;
  let scanned = 0;
  for (const s of sentences) {
    const text = s.block.text;
    if (s.block !== block || s.start < scanned) {
      block = s.block;
      hasQuote = text.includes('“');
      depth = 0;
      scanned = 0;
    }
    if (!hasQuote) continue;
    for (; scanned < s.start; scanned++) {
      const c = text[scanned];
      if (c === '“') depth++;
      else if (c === '”' && depth > 0) depth--;
    }
    if (depth > 0 || text.startsWith('“')) quoted.add(s);
  }
  return quoted;
}
