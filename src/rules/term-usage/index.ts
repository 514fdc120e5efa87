// Wrong forms from term lists: built-in lists of common miswritten words and variant forms, and the
// lists a repository keeps of its own (规范提法, institution names, a roster). Off until turned on.
import type { Block } from '../../document/block.js';
import type { Rule, RuleContext } from '../../types.js';
import { longestFirstAlternation } from '../../regexp.js';
import { loadTermList, type TermEntry } from './term-lists.js';

interface Options {
  lists: string[];
}

/** One regex over every wrong form of the configured lists, built once per set of lists. */
interface Matcher {
  pattern: RegExp;
  byWrong: Map<string, TermEntry[]>;
}
const matchers = new Map<string, Matcher>();

function matcherFor(lists: readonly string[], cwd: string): Matcher {
  const key = `${cwd}\0${lists.join('\0')}`;
  let m = matchers.get(key);
  if (!m) {
    const byWrong = new Map<string, TermEntry[]>();
    for (const entry of lists.flatMap((ref) => loadTermList(ref, cwd))) {
      byWrong.set(entry.wrong, [...(byWrong.get(entry.wrong) ?? []), entry]);
    }
    const pattern = new RegExp(longestFirstAlternation([...byWrong.keys()]) || '(?!)', 'g');
    m = { pattern, byWrong };
    matchers.set(key, m);
  }
  return m;
}

const rule: Rule<Options> = {
  meta: {
    id: 'term-usage',
    description: { zh: '词语用法：别字、异形词与自定义规范用语表', en: 'Wrong forms from term lists: miswritten words, variant forms, your own lists' },
    severity: 'warn',
    recommended: false,
    fixable: true,
    schema: {
      properties: {
        lists: {
          type: 'array',
          items: { type: 'string' },
          default: ['policylint:common-errors'],
          description:
            '词表：内置 policylint:common-errors（常见别字）、policylint:variant-forms（异形词，可选）或相对于工作目录的 JSON 文件（schemas/term-list.schema.json） / ' +
            'lists: built-in policylint:common-errors, policylint:variant-forms (opt-in), or JSON files relative to the working folder',
        },
      },
      additionalProperties: false,
    },
    messages: {
      wrong: { zh: '“{wrong}”应为“{right}”（{category}；依据：{source}）', en: '"{wrong}" should be "{right}" ({category}; source: {source})' },
    },
    docs: {
      decides: {
        zh: '在正文中查找词表里的错误形式，报告应改成的形式，并注明词条的依据；有 context 的词条只在上下文符合时报告（“截止”只在后接时间时应为“截至”）。错误形式正好是正确形式的一部分时（正确形式写全了）不报。',
        en: 'Finds the wrong forms of the configured lists in the prose and names the right form and the entry\'s source; an entry with a context applies only where it matches (截止 before a date should be 截至). A wrong form that is part of its right form, written in full, is not reported.',
      },
      limits: {
        zh: '按字面匹配，不分词：自定义词表中的错误形式应足够长，不会出现在别的词语中。内置异形词表是选录，不是全表。',
        en: 'Matches the written form without word segmentation: a wrong form in your list should be long enough not to occur inside other words. The built-in variant-form list is a selection, not the whole table.',
      },
      turnOff: {
        zh: '默认不开启；只在有了适合本仓库的词表时开启。',
        en: 'Off by default; turn it on when the repository has lists that fit it.',
      },
    },
    examples: {
      valid: [{ text: '再接再厉，迫不及待，截止日期为6月30日，截至2024年底。' }],
      invalid: [
        { text: '我们要再接再励，厉行节约。', messages: ['“再接再励”应为“再接再厉”（别字；依据：policylint 维护者整理；正确形式以《现代汉语词典》（第7版，商务印书馆，2016）为准）'] },
        {
          title: { zh: '异形词表（可选）', en: 'The variant-form list (opt-in)' },
          text: '做好本份工作。',
          options: { lists: ['policylint:variant-forms'] },
          messages: ['“本份”应为“本分”（异形词；依据：《第一批异形词整理表》（GF 1001-2001），教育部、国家语言文字工作委员会2001年12月19日发布，2002年3月31日试行）'],
        },
      ],
    },
  },
  create(context) {
    const matcher = matcherFor(context.options.lists, process.cwd());
    if (matcher.byWrong.size === 0) return;
    for (const block of context.document.blocks) checkBlock(context, block, matcher);
  },
};
export default rule;

function checkBlock(context: RuleContext<Options>, block: Block, { pattern, byWrong }: Matcher): void {
  const text = block.text;
  pattern.lastIndex = 0;
  for (const m of text.matchAll(pattern)) {
    const entry = byWrong.get(m[0])!.find((e) => applies(e, text, m.index));
    if (!entry) continue;
    const start = m.index;
    const end = start + m[0].length;
    const exact = block.exactSourceRange(context.document.text, start, end);
    context.report({
      messageId: 'wrong',
      data: { wrong: entry.wrong, right: entry.right, category: entry.category, source: entry.source },
      range: block.sourceRange(start, end),
      fix: exact ? { range: exact, text: entry.right } : undefined,
      properties: { category: entry.category, right: entry.right },
    });
  }
}

/** The entry's context matches here, and the right form is not what is written (wrong 发改委 inside right 省发改委办公室). */
function applies(entry: TermEntry, text: string, at: number): boolean {
  if (entry.context) {
    entry.context.lastIndex = at;
    if (!entry.context.test(text)) return false;
  }
  const k = entry.right.indexOf(entry.wrong);
  return k === -1 || text.slice(at - k, at - k + entry.right.length) !== entry.right;
}

