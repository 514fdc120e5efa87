// Leftovers of a web page or PDF export: share and print buttons, feedback boxes, attachment file names on
// their own line, the Wikisource licence footer.
import type { Rule } from '../../types.js';
import type { Block } from '../../document/block.js';
import type { ResidueKind } from '../../document/residue/classify.js';
import { residueKinds } from '../../document/residue/residue-blocks.js';

const EXCERPT = 16;

const rule: Rule = {
  meta: {
    id: 'web-residue',
    description: { zh: '网页或导出残留（分享、打印按钮，附件文件名，许可声明）', en: 'Leftovers of a web page or export (share and print buttons, attachment file names, licence lines)' },
    severity: 'warn',
    schema: { properties: {}, additionalProperties: false },
    messages: {
      page: { zh: '网页残留：“{text}”', en: 'Web page leftover: "{text}"' },
      pageLines: { zh: '网页残留：“{text}”等{count}行', en: 'Web page leftovers: "{text}" and {more} more lines' },
      attachment: { zh: '附件文件名残留：“{text}”', en: 'Attachment file name left in the text: "{text}"' },
      attachmentLines: { zh: '附件文件名残留：“{text}”等{count}行', en: 'Attachment file names left in the text: "{text}" and {more} more' },
      licence: { zh: '维基文库许可声明残留（{count}行）', en: 'Wikisource licence footer left in the text ({count} lines)' },
    },
    examples: {
      valid: [
        {
          title: { zh: '正文提到“分享”“打印”不算残留', en: 'Prose that mentions sharing or printing' },
          text: '推动政务信息分享到各级平台，打印本页所列清单后报送。\n来源：四川省经信厅网站2020年05月21日\n',
        },
      ],
      invalid: [
        {
          title: { zh: '网页分享栏', en: 'A share bar' },
          text: '（十九）健全领导推进机制。加强党对产业发展工作的全面领导。\n建议反馈 您的每一条建议声音，我们都认真对待\n分享到微信\n分享到微博\n',
          messages: ['网页残留：“建议反馈 您的每一条建议声音，我…”等3行'],
        },
        {
          title: { zh: '附件文件名单独成行', en: 'An attachment file name on its own line' },
          text: '现将《实施方案》印发给你们，请认真贯彻执行。\n附件：江门市新材料产业发展实施方案.pdf\n【打印本页】【关闭窗口】\n',
          messages: ['附件文件名残留：“附件：江门市新材料产业发展实施方…”', '网页残留：“【打印本页】【关闭窗口】”'],
        },
      ],
    },
  },
  create(context) {
    const blocks = context.document.blocks;
    const kinds = residueKinds(context.document);
    for (let i = 0; i < blocks.length; i++) {
      const kind = kinds[i];
      if (!kind) continue;
      let j = i;
      while (j + 1 < blocks.length && kinds[j + 1] === kind) j++;
      report(blocks[i]!, blocks[j]!, kind, j - i + 1);
      i = j;
    }

    function report(first: Block, last: Block, kind: ResidueKind, count: number): void {
      const text = first.text.trim();
      const excerpt = text.length > EXCERPT + 2 ? `${text.slice(0, EXCERPT)}…` : text;
      const messageId = kind === 'licence' ? 'licence' : count > 1 ? `${kind}Lines` : kind;
      context.report({
        messageId,
        data: { text: excerpt, count, more: count - 1 },
        range: [first.sourceRange(0, first.text.length)[0], last.sourceRange(0, last.text.length)[1]],
        properties: { kind },
      });
    }
  },
};
export default rule;
