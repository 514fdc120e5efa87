// Heading and item numbering (一、 （一） 1. （1） 第一章) runs without gaps or repeats within its level.
import type { Rule, RuleContext } from '../../types.js';
import { assignParts, buildSequence, continuousLevels, levelInPart, type SequenceItem } from './sequence.js';
import { markerText, markerWithValue, missingText } from './markers.js';
import type { PolicyDocument } from '../../document/document.js';

interface Options {
  separators: boolean;
}

const rule: Rule<Options> = {
  meta: {
    id: 'heading-sequence',
    description: { zh: '标题与条目编号连续、层级有序', en: 'Heading and item numbers run without gaps, repeats or broken nesting' },
    severity: 'error',
    schema: {
      properties: {
        separators: {
          type: 'boolean',
          default: true,
          description: '同级编号混用“1、”与“1.”时警告 / warn when one level mixes 1、 and 1.',
        },
      },
      additionalProperties: false,
    },
    messages: {
      gap: { zh: '编号不连续：“{prev}”之后是“{marker}”，缺少{missing}', en: 'Numbering skips: "{marker}" follows "{prev}"; {missing} missing' },
      missingFirst: { zh: '编号从“{marker}”开始，缺少{missing}', en: 'Numbering starts at "{marker}"; {missing} missing' },
      repeat: { zh: '编号重复：“{prev}”之后又是“{marker}”', en: 'Number repeated: "{marker}" follows "{prev}"' },
      order: { zh: '编号顺序颠倒：“{prev}”之后是“{marker}”', en: 'Numbers out of order: "{marker}" follows "{prev}"' },
      runsOn: {
        zh: '“{marker}”接续上一部分的“{prev}”编号，而本文其他部分都从头编号',
        en: '"{marker}" continues "{prev}" of the previous part, while the other parts restart their numbering',
      },
      nesting: {
        zh: '层级顺序颠倒：“{outer}”出现在“{prev}”与“{marker}”之间，层级应依次为“一、”“（一）”“1.”“（1）”',
        en: 'Levels out of order: "{outer}" stands between "{prev}" and "{marker}"; levels go 一、, （一）, 1., （1）',
      },
      mixedSeparator: {
        zh: '同级编号混用“{minor}”与“{major}”：{minorCount}处用“{minor}”，{majorCount}处用“{major}”',
        en: 'Mixed separators at one level: "{minor}" {minorCount} times, "{major}" {majorCount} times',
      },
      previous: { zh: '上一项“{prev}”', en: 'previous item "{prev}"' },
    },
    docs: {
      decides: {
        zh: '按 GB/T 9704-2012 的层级顺序（章节、“一、”“（一）”“1.”“（1）”）把编号项嵌套，同一上级下的同级编号应连续：报告缺号、从中间开始、重复、倒序、层级颠倒，以及附件等另一部分接续上一部分编号的情况。目录行、以章节引用开头的句子不算标题；编号后紧跟冒号引出的新列表、缺号写在了段中（提取时并入上一段）时不报告。选项 separators（默认开启）使同级混用“1、”与“1.”时给出警告。',
        en: 'Nests numbered items by the GB/T 9704-2012 level order (chapters, 一、, （一）, 1., （1）) and checks that items of one level under one parent run on: it reports gaps, numbering that starts in the middle, repeats, items out of order, inverted levels, and a part (an attachment) that continues the numbering of the previous one. Table-of-contents lines and sentences that start with a chapter reference are not headings; a new list opened by a colon, and a missing number found run into the paragraph before it, are not reported. The option separators (on by default) warns when one level mixes 1、 and 1.',
      },
      limits: {
        zh: '只认它能读出的编号形式；提取时丢失或写成其他形式的编号会被当作缺号，反之缺号也可能因正文中碰巧出现同样的编号而漏报。一个层级只出现一项时不判断（修正案插入的“第七节”）。文档分成几部分靠最外层编号重新从1开始来推断，推断错时可能误报。',
        en: 'It reads only the marker forms it knows: a number lost in extraction or written another way looks like a gap, and a gap can be missed when the same marker happens to stand in the text between. A level with a single item is not judged (an amendment inserting 第七节). Parts of a document are inferred from the outermost level restarting at 1, and a wrong inference can cause false reports.',
      },
      turnOff: {
        zh: '修正案、摘录、节选等只含部分条文的文档，或提取质量差、编号大量丢失的 PDF 文本，可降为警告或关闭。',
        en: 'Lower or turn it off for amendments, excerpts and other documents that carry only some items, and for poorly extracted PDF text that lost many numbers.',
      },
    },
    examples: {
      valid: [
        { title: { zh: '逐级编号', en: 'Numbered level by level' }, text: '一、总体要求\n（一）目标。\n1.加强组织。\n2.强化保障。\n（二）任务\n二、保障措施\n（一）组织保障\n' },
        {
          title: { zh: '（一）跨章连续编号，全文一致', en: '（一） numbered on across chapters, in the whole document' },
          text: '一、总体要求\n（一）把握总体要求。\n（二）明确发展目标。\n二、重点任务\n（三）打造产业集群。\n（四）培育市场主体。\n',
        },
        { title: { zh: '条目连续编号', en: 'Items numbered on across parents' }, text: '（一）强化规划引领。\n1.对接规划。\n2.编制计划。\n（二）加快项目投资。\n3.推动项目建设。\n' },
      ],
      invalid: [
        {
          title: { zh: '丢失标题', en: 'Lost headings' },
          text: '一、发展基础\n正文。\n二、外部形势\n正文。\n四、发展重点\n正文。\n七、保障措施\n',
          messages: ['编号不连续：“二、”之后是“四、”，缺少“三、”', '编号不连续：“四、”之后是“七、”，缺少“五、”“六、”'],
        },
        { text: '（一）组织保障。\n（二）机制保障。\n（二）政策保障。\n', messages: ['编号重复：“（二）”之后又是“（二）”'] },
        {
          title: { zh: '同级混用“1、”与“1.”', en: 'Mixed 1、 and 1.' },
          text: '1.规模实力不断提升\n2.产业体系逐渐完善\n3、载体建设成果丰硕\n',
          messages: ['同级编号混用“、”与“.”：1处用“、”，2处用“.”'],
        },
      ],
    },
  },
  create(context) {
    const items = buildSequence(context.document);
    if (items.length === 0) return;
    assignParts(items);
    const continuous = continuousLevels(items);
    const counts = new Map<string, number>();
    for (const item of items) counts.set(levelInPart(item), (counts.get(levelInPart(item)) ?? 0) + 1);
    const nestingReported = new Set<string>();
    for (const item of items) checkItem(context, item, continuous, counts, nestingReported);
    if (context.options.separators) checkSeparators(context, items);
  },
};
export default rule;

function report(
  context: RuleContext<Options>,
  item: SequenceItem,
  messageId: string,
  prev: SequenceItem | null,
  extra: Record<string, string | number> = {},
  severity?: 'warn',
): void {
  const n = item.numbered;
  const own = markerText(n);
  const data = { marker: own, prev: prev ? markerText(prev.numbered) : '', ...extra };
  context.report({
    messageId,
    data,
    range: n.block.sourceRange(0, own.length),
    related: prev
      ? [{ range: prev.numbered.block.sourceRange(0, data.prev.length), messageId: 'previous', data: { prev: data.prev } }]
      : undefined,
    severity,
  });
}

/** Judges `item` against the item before it in its sequence. */
function compare(context: RuleContext<Options>, item: SequenceItem, prev: SequenceItem): void {
  const v = item.numbered.value;
  const p = prev.numbered.value;
  if (v === p + 1) return;
  if (v === 1) {
    // A new list restarting at 1, unless it follows the first item straight away: （一）…（一）…
    if (p === 1 && item.numbered.block.index === prev.numbered.block.index + 1) report(context, item, 'repeat', prev);
    return;
  }
  // 第二十七条 …下列活动：开展技艺展示…；（二）…: a lead-in colon opened a new list whose first marker is lost.
  if (v <= p && leadInBetween(context.document, prev.numbered.block.index, item.numbered.block.index)) {
    const last = lastMissing(context.document, prev.numbered.block.index, item, 1);
    if (last >= 1) report(context, item, 'missingFirst', null, { missing: missingText(item.numbered, 1, last) });
    return;
  }
  if (v === p) report(context, item, 'repeat', prev);
  else if (v > p + 1) {
    const last = lastMissing(context.document, prev.numbered.block.index, item, p + 1);
    if (last < p + 1) return;
    report(context, item, 'gap', prev, { missing: missingText(item.numbered, p + 1, last) });
  } else report(context, item, 'order', prev);
}

function checkItem(
  context: RuleContext<Options>,
  item: SequenceItem,
  continuous: ReadonlySet<string>,
  counts: ReadonlyMap<string, number>,
  nestingReported: Set<string>,
): void {
  if (item.sibling) return compare(context, item, item.sibling);
  const v = item.numbered.value;
  if (v === 1) return;
  // The previous item of the level in another part (an attachment) says nothing about this one.
  const prev = item.predecessor && item.predecessor.part === item.part ? item.predecessor : null;
  if (prev && v === prev.numbered.value + 1) {
    // 1. （一） （二） 2.: an outer list that began after "1." sits inside it.
    const outer = item.parent?.first;
    // …only when that outer list opened where "1." stood, not under a later item of a level above both
    // (indicators 1.–24. under 一、, then 二、（五）25.: numbering that runs on, not inverted levels).
    if (outer && outer.order > prev.order && holdsItem(outer.parent, prev)) {
      // Once per pair of levels: a document that puts （一） above 一、 does so throughout.
      const pair = `${outer.level}>${item.level}`;
      if (nestingReported.has(pair)) return;
      nestingReported.add(pair);
      const data = { outer: markerText(outer.numbered), marker: markerText(item.numbered) };
      return report(context, outer, 'nesting', prev, data, 'warn');
    }
    if (!continuous.has(levelInPart(item))) return report(context, item, 'runsOn', prev, {}, 'warn');
  }
  if (prev && continuous.has(levelInPart(item))) return compare(context, item, prev);
  // One item of a level says little (an amendment inserts 第七节); the missing item may be written
  // in a form the numbering does not read (2．3，4-亚甲基…).
  if ((counts.get(levelInPart(item)) ?? 0) < 2) return;
  const last = lastMissing(context.document, item.parent?.numbered.block.index ?? -1, item, 1);
  if (last < 1) return;
  report(context, item, 'missingFirst', null, { missing: missingText(item.numbered, 1, last) });
}

/** True when `ancestor` is null (the top) or `item` sits under it. */
function holdsItem(ancestor: SequenceItem | null, item: SequenceItem): boolean {
  if (!ancestor) return true;
  for (let p = item.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** A paragraph ending in a colon between two items: what follows is a list of its own. */
function leadInBetween(doc: PolicyDocument, fromBlock: number, toBlock: number): boolean {
  for (let i = fromBlock + 1; i < toBlock; i++) if (/[：:]\s*$/.test(doc.blocks[i]!.text)) return true;
  return false;
}

/**
 * The highest of the values from `from` to just below the item's that is not written between `fromBlock` and the
 * item (…制度。第二章市容管理 merged into a paragraph is there; 第一章 before it may still be missing); below `from`
 * when all are there.
 */
function lastMissing(doc: PolicyDocument, fromBlock: number, item: SequenceItem, from: number): number {
  let last = item.numbered.value - 1;
  while (last >= from && writtenBetween(doc, fromBlock, item, last)) last--;
  return last;
}

/**
 * True when a block between `fromBlock` and the item has the marker for `value`, the item is there, not missing:
 * at its start though the numbering reads no marker there (2．3，4-亚甲基…, 3.12个园区), with another dot or
 * bracket (3. among 2．and 4．), after the end of a sentence, where extraction ran the heading into the
 * paragraph before it (…治理能力。三、保障措施), or after a colon (注：1、…).
 */
function writtenBetween(doc: PolicyDocument, fromBlock: number, item: SequenceItem, value: number): boolean {
  const written = markerWithValue(item.numbered, value);
  const toBlock = item.numbered.block.index;
  if (toBlock - fromBlock <= SCAN_DIRECTLY) {
    const has = markerTest(written);
    for (let i = fromBlock + 1; i < toBlock; i++) if (has(doc.blocks[i]!.text)) return true;
    return false;
  }
  // A long stretch (an item with no parent looks back to the document start): the blocks holding the marker
  // are listed once per document, or thousands of such items each read the document again (quadratic).
  const places = doc.analysis('heading-sequence:written-markers', () => new Map<string, number[]>());
  let list = places.get(written);
  if (!list) {
    const has = markerTest(written);
    list = [];
    for (const block of doc.blocks) if (has(block.text)) list.push(block.index);
    places.set(written, list);
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! <= fromBlock) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo]! < toBlock;
}

/** Blocks between two items read directly; more are looked up in the list of the blocks holding the marker. */
const SCAN_DIRECTLY = 64;

function markerTest(written: string): (text: string) => boolean {
  const pattern = new RegExp(`(?:^|[。！？；;!?：:])\\s*${looseMarker(written)}`);
  // What the loose pattern keeps literal (三 of （三）, 第三章) must occur: most blocks fail this before the pattern runs.
  const literal = written.split(/[.．、（）()]/).filter(Boolean);
  return (text) => literal.every((piece) => text.includes(piece)) && pattern.test(text);
}

/** A marker as a pattern that takes any dot and either bracket width: 3． matches 3. and 3、, （三） matches (三). */
function looseMarker(marker: string): string {
  return [...marker]
    .map((c) => {
      if ('.．、'.includes(c)) return '[.．、]';
      if ('（('.includes(c)) return '[（(]';
      if ('）)'.includes(c)) return '[）)]';
      return c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
}

/** 1、 and 1. at the same level: one warning at the first item written the less common way. */
function checkSeparators(context: RuleContext<Options>, items: readonly SequenceItem[]): void {
  const bySeparator = new Map<string, SequenceItem[]>();
  for (const item of items) {
    if (item.level !== 'arabic') continue;
    // 1．and 1. are told apart too: a list that mixes full- and half-width dots is a mixture, not a gap.
    const sep = item.numbered.separator ?? '.';
    const list = bySeparator.get(sep);
    if (list) list.push(item);
    else bySeparator.set(sep, [item]);
  }
  if (bySeparator.size < 2) return;
  const [major, minor] = [...bySeparator.entries()].sort((a, b) => b[1].length - a[1].length);
  const first = minor![1][0]!;
  context.report({
    messageId: 'mixedSeparator',
    data: { minor: minor![0], major: major![0], minorCount: minor![1].length, majorCount: major![1].length },
    range: first.numbered.block.sourceRange(0, markerText(first.numbered).length),
    severity: 'warn',
  });
}
