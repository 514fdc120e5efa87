// count-mismatch: a stated count (三大领域, 5个产业链, “四大行动”) agrees with the enumeration it sums up.
import { enumerationsOf, type Enumeration } from './enumerations.js';
import type { Range, Rule } from '../../types.js';

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'count-mismatch',
    description: { zh: '所称数目与列举的项数不符', en: 'A stated count does not match the items listed' },
    severity: 'error',
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      mismatch: { zh: '称“{label}”，但列出了{items}项', en: 'Says "{label}" but lists {items} items' },
      items: { zh: '所列各项', en: 'the items listed' },
    },
    docs: {
      decides: {
        zh: '找出所称数目（三大领域、5个产业链、“四大行动”），只在列举无歧义时与其项数比较：同一分句中数目之前的顿号列举、紧随其后的括号或冒号列举、冒号后的“一是……二是……”，或标明数目的标题下一级的编号子项。用“等”收尾时项数少于数目不报；名称中“和”可连接也可不连接两项，两种读法之一相符即可。',
        en: 'Finds stated counts (三大领域, 5个产业链, “四大行动”) and compares each with its enumeration only where that is unambiguous: a 、-list in the same clause just before the count, a bracketed or colon-led list right after it, 一是…二是… after a colon, or the numbered sub-items of a heading that states the count. A list closed by 等 may name fewer items than the count; a 和 inside the last name may or may not join two items, and either reading may match.',
      },
      limits: {
        zh: '列举形式不清楚的数目一律不判断（含长句、任务式名称、混合引号的列举、数目远大于列出项的情况），所以大部分数目不会被检查；“包括”之后、“其中”之下的部分列举不比较。按层级计数的子项若缺失标题或编号被提取丢失，可能误报。',
        en: 'Counts whose list is unclear are left alone (long clauses, task-like names, mixed quoted and unquoted names, a count far above the names given), so most counts are never checked; partial lists after 包括 are not compared. When a heading or number of a sub-item was lost in extraction, a count over sub-items may be misreported.',
      },
      turnOff: {
        zh: '文本提取质量差、标题和编号大量丢失的文档，或大量引用其他文件中口号式数目（“四个意识”“两个维护”）的宣传材料，可降为警告或关闭。',
        en: 'Lower it or turn it off for badly extracted documents that lost many headings and numbers, and for publicity texts full of slogan counts quoted from elsewhere (“四个意识”).',
      },
    },
    examples: {
      valid: [
        { text: '加快培育先进无机非金属材料、先进有色金属材料、多晶硅与光伏、锂电材料、高性能功能高分子材料等5个500亿级产业链。' },
        { text: '持续深化头雁入眉、科创汇眉、英才助眉、新时代工匠培育“四大行动”。' },
        {
          title: { zh: '“等”之前列出的可以少于所称数目', en: 'Before 等, fewer names than the count are fine' },
          text: '推动稀土、新型显示材料等3个100亿级产业链发展。',
        },
        {
          title: { zh: '标题所称数目与其下的分项', en: 'A count in a heading and the sub-items under it' },
          text: '（四）打造新能源新材料三大千亿产业\n——锂电产业。推动电池材料迭代。\n——晶硅光伏产业。重点发展N型电池。\n——化工新材料产业。夯实天然气精细化工产业链。\n（五）培育做强重点优势产业\n',
        },
      ],
      invalid: [
        { text: '重点发展水暖卫浴、纺织服装、五金制品四大领域，完善产业链。', messages: ['称“四大领域”，但列出了3项'] },
        {
          text: '按照“六个一”（一个项目、一名领导、一个团队、一个方案、一张清单）的要求，建立工作督查督办机制。',
          messages: ['称“六个一”，但列出了5项'],
        },
        {
          title: { zh: '标题称“三大”，其下有四个分项', en: 'The heading says three, four sub-items follow' },
          text: '（一）推动三大重点发展产业加快崛起\n1.高端装备制造\n正文。\n2.新一代信息技术\n正文。\n3.生物医药与健康\n正文。\n4.现代轻工纺织\n正文。\n（二）优化产业布局\n',
          messages: ['称“三大重点发展产业”，但列出了4项'],
        },
      ],
    },
  },
  create(context) {
    for (const e of enumerationsOf(context.document)) {
      if (!mismatched(e)) continue;
      const { count, items } = e;
      const itemsRange: Range = [items.from.block.sourceRange(items.from.offset, items.from.offset)[0], items.to.block.sourceRange(items.to.offset - 1, items.to.offset)[1]];
      context.report({
        messageId: 'mismatch',
        data: { label: count.label, items: e.min === e.max ? e.min : `${e.min}～${e.max}` },
        range: count.block.sourceRange(count.start, count.end),
        related: [{ range: itemsRange, messageId: 'items' }],
        properties: { stated: count.value, listed: e.min === e.max ? e.min : [e.min, e.max], form: e.form },
      });
    }
  },
};

/** Named items fewer than a count closed by 等 are fine; otherwise the count must be one reading of the names. */
function mismatched(e: Enumeration): boolean {
  const stated = e.count.value;
  // 至曼谷、河内、金边12条航线: a count far above the names before it counts something else (the routes to them);
  // a writer who miscounts a list is off by one or two, not by half of it.
  if (e.form === 'before' && stated > 2 * e.max && stated - e.max > 2) return false;
  return e.open ? e.min > stated : stated < e.min || stated > e.max;
}

export default rule;
