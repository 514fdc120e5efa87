// Paragraphs that break off mid-sentence or start mid-sentence: text cut off by a careless paste, or one
// sentence split over several lines by an export (web pages scraped around their links do this).
import type { Block } from '../../document/block.js';
import type { Rule } from '../../types.js';
import { residueKinds } from '../../document/residue/residue-blocks.js';

/** A paragraph ends open when its last character is a letter or digit. */
const OPEN_CHAR = /^[\p{Script=Han}\p{L}\p{N}]$/u;
/**
 * Tested on the last character alone: as `/[…]$/u` on the whole paragraph the pattern was tried at every
 * position of it.
 */
function endsInLetter(text: string): boolean {
  if (text.length === 0) return false;
  const last = text.charCodeAt(text.length - 1);
  // A surrogate pair at the end is one character.
  const from = last >= 0xdc00 && last <= 0xdfff && text.length >= 2 && (text.charCodeAt(text.length - 2) & 0xfc00) === 0xd800 ? 2 : 1;
  return OPEN_CHAR.test(text.slice(text.length - from));
}
/**
 * On its own, an open end is evidence only after a full sentence: run-in headings without punctuation
 * (`第四，开展社会主义劳动竞赛` in government work reports) end open too, but have no 。 before.
 */
const FULL_SENTENCE = /[。！？]/;
const MIN_PROSE_LENGTH = 20;
/** Punctuation that continues a sentence cannot open a paragraph. */
const CONTINUES = /^[，、。；：！？）」』》”’]/;
const OPENERS = new Set([...'“‘「『《（'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...'”’」』》）'].map((c) => c.charCodeAt(0)));
/** How far into a paragraph a closing mark without its opener shows that the start was cut off. */
const CLOSER_WINDOW = 20;
const EXCERPT = 12;

/** `区再造”相辅相成…`: a closing quote before any opening one means the paragraph starts inside a quotation. */
function startsInsideQuote(text: string): boolean {
  for (let i = 0; i < Math.min(text.length, CLOSER_WINDOW); i++) {
    const c = text.charCodeAt(i);
    if (OPENERS.has(c)) return false;
    if (CLOSERS.has(c)) return i > 0;
  }
  return false;
}

const rule: Rule = {
  meta: {
    id: 'broken-paragraph',
    description: {
      zh: '段落在句中断开或从句中开始（内容截断或一句被拆成多段）',
      en: 'A paragraph breaks off or starts mid-sentence (text cut off, or one sentence split over several paragraphs)',
    },
    severity: 'warn',
    schema: { properties: {}, additionalProperties: false },
    messages: {
      endsOpen: {
        zh: '段落在句中结束（“…{tail}”），下文另起一句：疑似内容被截断',
        en: 'The paragraph breaks off mid-sentence ("…{tail}") and the next one starts afresh: text seems cut off',
      },
      startsOpen: {
        zh: '段落从句中开始（“{head}…”），疑似前文缺失',
        en: 'The paragraph starts mid-sentence ("{head}…"): text before it seems missing',
      },
      split: {
        zh: '一句话被拆成{count}段（“…{tail}”接“{head}…”），疑似导出时断行',
        en: 'One sentence is split over {count} paragraphs ("…{tail}" continues as "{head}…"), likely broken by an export',
      },
    },
    docs: {
      decides: {
        zh: '读取正文段落（标题、表格和网页残留行除外），看相邻两段的衔接：一段以汉字、字母或数字结尾，且长度至少20字、段内已有句号等句末标点，视为在句中断开；下一段以逗号、顿号、句号等续句标点开头，或前20字内先出现没有对应开引号的闭合引号，视为从句中开始。两种情况相接（中间可夹一段短于20字的链接文字）时报告为一句被拆成多段。',
        en: 'Reads body paragraphs (not headings, and not lines that web-residue treats as page leftovers) and looks at each junction between two of them. A paragraph of at least 20 characters that already holds a 。, ！ or ？ and ends in a letter, digit or Han character breaks off mid-sentence; a paragraph that opens with continuing punctuation (，、。；…) or with a closing quote before any opening one starts mid-sentence. Where both meet, possibly across a short link fragment under 20 characters, it reports one sentence split over several paragraphs.',
      },
      limits: {
        zh: '只凭标点和长度判断，不理解语义：没有句末标点的短段落或不带句号的段首小标题不会被当作截断，因此短段落里的截断会漏报；正常以汉字结尾的段落（如未加标点的列表项、诗句）若长度够且含句号，可能被误报。它不能判断缺了什么内容，也不提供自动修复。',
        en: 'Judged by punctuation and length only, not by meaning: short paragraphs without a full stop are never taken as cut off, so cuts there are missed; a long paragraph that legitimately ends without punctuation (an unpunctuated list item, verse) is reported if it also holds a full stop. It cannot tell what text is missing and offers no fix.',
      },
      turnOff: {
        zh: '文本本身按行排版、每行不加标点（诗歌、歌词、表格转成的纯文本、逐行的清单）时关闭或降为提示。',
        en: 'Turn it off or lower it for text laid out line by line without punctuation: verse, lyrics, tables flattened to plain text, lists of one item a line.',
      },
    },
    examples: {
      valid: [
        { text: '一、工作目标\n到2025年，建成全省领先的产业集群。\n“十四五”时期，重点发展新材料产业。\n' },
        { text: '江门高新区上榜国家安全应急产业示范基地创建单位名单\n' },
        {
          title: { zh: '不带句号的段首小标题', en: 'A run-in heading without a full stop' },
          text: '第四，开展社会主义劳动竞赛，大搞技术革新和技术革命\n群众中蕴藏着极大的社会主义积极性。\n',
        },
      ],
      invalid: [
        {
          title: { zh: '段末截断', en: 'Cut off at the end' },
          text: '翻开蓝图，北组团主攻中欧合作。建设大型产业集聚区，借鉴上海化工园区、苏州工业园区等开发建设经验，引进\n高位谋划硅能源产业园，力争实现产值翻番。\n',
          messages: ['段落在句中结束（“…苏州工业园区等开发建设经验，引进”），下文另起一句：疑似内容被截断'],
        },
        {
          title: { zh: '段首残缺', en: 'Cut off at the start' },
          text: '谋划建设共计11个特色产业园。\n区再造”相辅相成的江门实践，成效显著。\n',
          messages: ['段落从句中开始（“区再造”相辅相成的江门实…”），疑似前文缺失'],
        },
        {
          title: { zh: '一句拆成多段（网页链接处断行）', en: 'One sentence split at a link' },
          text: '第十四届全国人民代表大会第三次会议听取和审议了国务院总理李强所作的\n政府工作报告\n。会议充分肯定国务院过去一年的工作。\n',
          messages: ['一句话被拆成3段（“…听取和审议了国务院总理李强所作的”接“。会议充分肯定国务院过去…”），疑似导出时断行'],
        },
      ],
    },
  },
  create(context) {
    // Leftovers of a web page (a licence footer scraped around its links) are web-residue's to report.
    const residue = residueKinds(context.document);
    const blocks = context.document.blocks.filter((b) => b.kind === 'paragraph' && !residue[b.index]);
    const headings = new Set(context.document.numbered.filter((n) => n.isHeading).map((n) => n.block.index));
    const endsOpen = (b: Block) => !headings.has(b.index) && endsInLetter(b.text);
    /** Strong evidence on its own: a sentence of prose that stops without punctuation. */
    const proseEndsOpen = (b: Block) => endsOpen(b) && b.text.length >= MIN_PROSE_LENGTH && FULL_SENTENCE.test(b.text);
    const startsOpen = (b: Block) => CONTINUES.test(b.text) || startsInsideQuote(b.text);
    // Junction i lies between blocks i and i+1; consecutive broken junctions are one finding.
    const broken = blocks.map((b, i) => {
      const next = blocks[i + 1];
      return { end: proseEndsOpen(b), start: next !== undefined && startsOpen(next) };
    });
    // A short fragment (a link's text) between an open end and a continuation belongs to the same sentence.
    for (let i = blocks.length - 3; i >= 0; i--) {
      if (broken[i + 1]!.start && endsOpen(blocks[i]!) && blocks[i + 1]!.text.length < MIN_PROSE_LENGTH) broken[i]!.end = true;
    }
    for (let i = 0; i < blocks.length; i++) {
      if (!broken[i]!.end && !broken[i]!.start) continue;
      let j = i;
      // The next junction belongs to the same sentence only if the piece between them ends open too.
      while (j + 1 < blocks.length - 1 && (broken[j + 1]!.end || broken[j + 1]!.start) && endsOpen(blocks[j + 1]!)) j++;
      const first = blocks[i]!;
      const last = blocks[Math.min(j + 1, blocks.length - 1)]!;
      const tail = first.text.slice(-EXCERPT - 4);
      const head = last.text.slice(0, EXCERPT);
      const anyEnd = broken.slice(i, j + 1).some((x) => x.end);
      const anyStart = broken.slice(i, j + 1).some((x) => x.start);
      if (anyEnd && anyStart) {
        context.report({
          messageId: 'split',
          data: { count: j - i + 2, tail, head },
          range: [first.sourceRange(0, first.text.length)[0], last.sourceRange(0, last.text.length)[1]],
        });
      } else if (anyEnd) {
        const at = first.text.length;
        context.report({ messageId: 'endsOpen', data: { tail }, range: first.sourceRange(Math.max(0, at - 2), at) });
      } else {
        context.report({ messageId: 'startsOpen', data: { head }, range: last.sourceRange(0, Math.min(2, last.text.length)) });
      }
      i = j;
    }
  },
};
export default rule;
