// Leftovers of a web page, an export or a PDF extraction: toolbars, page metadata, database stamps, photo
// credits, page numbers, garbage lines, attachment file names, the Wikisource licence footer, and digits spaced
// apart. Each kind has its own message; the fix deletes the whole residue lines (or closes up the digits).
import type { Rule, Range } from '../../types.js';
import type { Block } from '../../document/block.js';
import type { PolicyDocument } from '../../document/document.js';
import type { ResidueKind } from '../../document/residue/classify.js';
import { residueKinds } from '../../document/residue/residue-blocks.js';
import { findSpacedDigits } from '../../quantity/spaced-digits.js';

const EXCERPT = 16;

const rule: Rule = {
  meta: {
    id: 'web-residue',
    description: {
      zh: '网页、数据库导出或PDF提取的残留（工具栏、页面信息、导出页眉页脚与水印、图片署名、页码、乱码行、附件文件名、许可声明、被拆开的数字）',
      en: 'Leftovers of a web page, database export or PDF extraction (toolbars, page metadata, export headers and watermarks, photo credits, page numbers, garbage lines, attachment file names, licence lines, digits spaced apart)',
    },
    severity: 'warn',
    fixable: true,
    version: '2',
    schema: { properties: {}, additionalProperties: false },
    messages: {
      toolbar: { zh: '网页工具栏残留：“{text}”', en: 'Web page toolbar left in the text: "{text}"' },
      toolbarLines: { zh: '网页工具栏残留：“{text}”等{count}行', en: 'Web page toolbar left in the text: "{text}" and {more} more lines' },
      metadata: { zh: '网页信息栏残留：“{text}”', en: 'Web page metadata left in the text: "{text}"' },
      metadataLines: { zh: '网页信息栏残留：“{text}”等{count}行', en: 'Web page metadata left in the text: "{text}" and {more} more lines' },
      export: { zh: '数据库导出页眉页脚或水印：“{text}”', en: 'Database export header, footer or watermark: "{text}"' },
      exportLines: { zh: '数据库导出页眉页脚或水印：“{text}”等{count}行', en: 'Database export headers, footers or watermarks: "{text}" and {more} more lines' },
      caption: { zh: '新闻图片署名或图片链接残留：“{text}”', en: 'News photo credit or picture link left in the text: "{text}"' },
      captionLines: { zh: '新闻图片署名或图片链接残留：“{text}”等{count}行', en: 'News photo credits or picture links left in the text: "{text}" and {more} more lines' },
      pageNumber: { zh: '页码或转版标记残留：“{text}”', en: 'Page number or page jump left in the text: "{text}"' },
      pageNumberLines: { zh: '页码或转版标记残留：“{text}”等{count}行', en: 'Page numbers left in the text: "{text}" and {more} more lines' },
      garbage: { zh: '提取乱码行：“{text}”', en: 'Garbage line from text extraction: "{text}"' },
      garbageLines: { zh: '提取乱码行：“{text}”等{count}行', en: 'Garbage lines from text extraction: "{text}" and {more} more lines' },
      attachment: { zh: '附件文件名残留：“{text}”', en: 'Attachment file name left in the text: "{text}"' },
      attachmentLines: { zh: '附件文件名残留：“{text}”等{count}行', en: 'Attachment file names left in the text: "{text}" and {more} more' },
      licence: { zh: '维基文库许可声明残留（{count}行）', en: 'Wikisource licence footer left in the text ({count} lines)' },
      spacedDigits: { zh: '数字被拆开：“{text}”应为“{joined}”', en: 'Digits spaced apart: "{text}" should read "{joined}"' },
    },
    docs: {
      decides: {
        zh: '由 src/document/residue 把段落归为网页或导出残留（工具栏、网页信息栏、数据库导出页眉页脚与水印、图片署名、页码、乱码行、附件文件名、维基文库许可声明），同类相邻的行合为一条报告；另报告 PDF 提取时被空格拆开的数字（2 0 2 5）。正文中提到“分享”“打印”“来源”的句子不算残留。修复删除整行残留（残留与正文同行时不删，HTML 和 Word 文档不自动删除），或把拆开的数字合并。',
        en: 'Paragraphs are classified as leftovers in src/document/residue (toolbars, page metadata, database export headers, footers and watermarks, photo credits, page numbers, garbage lines, attachment file names, the Wikisource licence footer); neighbouring lines of one kind form one report. Digits spaced apart by PDF extraction (2 0 2 5) are reported too. Prose that mentions sharing, printing or a source is not residue. The fix deletes whole residue lines (not when prose shares the line, and never in HTML or Word files) or closes up the digits.',
      },
      limits: {
        zh: '分类主要依据行的形状和已知的网站用语，新的网站模板的残留会漏报，形似工具栏或页码的短行（单独的数字、短标签）可能被误报。残留与正文同处一行时只报告不修复。',
        en: 'Classification rests mostly on the shape of a line and known website wording: residue of an unfamiliar site template is missed, and short lines that look like toolbars or page numbers (a lone number, a short label) may be misreported. Residue sharing its line with prose is reported but not fixed.',
      },
      turnOff: {
        zh: '文本来自原始排版文件而非网页或 PDF 提取时，通常无需此规则；需要保留网页信息（如存档网页原貌）时关闭。',
        en: 'It is seldom needed for text taken from the original source files rather than web pages or PDF extraction; turn it off when the page furniture is to be kept (archiving a page as it was).',
      },
    },
    examples: {
      valid: [
        {
          title: { zh: '正文提到“分享”“打印”“来源”不算残留', en: 'Prose that mentions sharing, printing or a source' },
          text: '推动政务信息分享到各级平台，打印本页所列清单后报送。\n数据来源：本公报中财政数据来自县财政局，就业数据来自县人社局。\n共有9个项目，总投资120亿元，带动就业3000人。\n',
        },
      ],
      invalid: [
        {
          title: { zh: '网页分享栏', en: 'A share bar' },
          text: '（十九）健全领导推进机制。加强党对产业发展工作的全面领导，建立健全工作推进机制。\n建议反馈 您的每一条建议声音，我们都认真对待\n分享到微信\n分享到微博\n',
          messages: ['网页工具栏残留：“建议反馈 您的每一条建议声音，我…”等3行'],
        },
        {
          title: { zh: '页首的网页信息栏', en: 'Page metadata above the text' },
          text: '当前位置：首页 > 政务公开 > 通知公告\n发布时间：2023-06-02 10:15　来源：市发展改革委\n关于做好夏季用电保障工作的通知\n各区人民政府，市政府各部门：为做好今年夏季用电保障工作，现将有关事项通知如下。\n',
          messages: ['网页信息栏残留：“当前位置：首页 > 政务公开 >…”等2行'],
        },
        {
          title: { zh: '附件文件名单独成行', en: 'An attachment file name on its own line' },
          text: '现将《实施方案》印发给你们，请认真贯彻执行，抓好各项任务的落实工作。\n附件：江门市新材料产业发展实施方案.pdf\n【打印本页】【关闭窗口】\n',
          messages: ['附件文件名残留：“附件：江门市新材料产业发展实施方…”', '网页工具栏残留：“【打印本页】【关闭窗口】”'],
        },
        {
          title: { zh: 'PDF提取时被拆开的数字', en: 'Digits spaced apart by PDF extraction' },
          text: '到2 0 2 5年，全市新增就业岗位达到十万个以上。\n',
          messages: ['数字被拆开：“2 0 2 5”应为“2025”'],
        },
      ],
    },
  },
  create(context) {
    const doc = context.document;
    const blocks = doc.blocks;
    const kinds = residueKinds(doc);
    for (let i = 0; i < blocks.length; i++) {
      const kind = kinds[i];
      if (!kind) {
        reportSpacedDigits(blocks[i]!);
        continue;
      }
      let j = i;
      while (j + 1 < blocks.length && kinds[j + 1] === kind) j++;
      report(blocks.slice(i, j + 1), kind);
      i = j;
    }

    function report(group: readonly Block[], kind: ResidueKind): void {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      const text = first.text.trim();
      const excerpt = text.length > EXCERPT + 2 ? `${text.slice(0, EXCERPT)}…` : text;
      const count = group.length;
      const messageId = kind === 'licence' ? 'licence' : count > 1 ? `${kind}Lines` : kind;
      const lines = wholeLines(doc, group);
      context.report({
        messageId,
        data: { text: excerpt, count, more: count - 1 },
        range: [first.sourceRange(0, first.text.length)[0], last.sourceRange(0, last.text.length)[1]],
        properties: { kind },
        ...(lines && doc.format !== 'html' && doc.format !== 'docx' ? { fix: { range: lines, text: '' } } : {}),
      });
    }

    function reportSpacedDigits(block: Block): void {
      for (const run of findSpacedDigits(block.text)) {
        const range = block.sourceRange(run.start, run.end);
        context.report({
          messageId: 'spacedDigits',
          data: { text: block.text.slice(run.start, run.end), joined: run.joined },
          range,
          properties: { kind: 'spacedDigits' },
          fix: { range, text: run.joined },
        });
      }
    }
  },
};

/**
 * The lines the group stands on, from the first line's start to just after the last line's break, when nothing
 * else stands on them (a residue block that shares its line with prose is reported but not deleted).
 */
function wholeLines(doc: PolicyDocument, group: readonly Block[]): Range | null {
  const text = doc.text;
  let start = group[0]!.range[0];
  while (start > 0 && text[start - 1] !== '\n') start--;
  let end = group[group.length - 1]!.range[1];
  while (end < text.length && text[end] !== '\n') end++;
  if (end < text.length) end++;
  // Markdown paragraphs stand between blank lines: take one of them along, so that no double blank remains.
  const blankAfter = /^[ \t]*\r?\n/.exec(text.slice(end));
  const blankBefore = endsWithBlankLine(text, start);
  if (blankAfter && (start === 0 || blankBefore)) end += blankAfter[0].length;
  else if (!blankAfter && end === text.length && blankBefore) start = text.lastIndexOf('\n', start - 2) + 1;
  let pos = start;
  for (const b of group) {
    if (text.slice(pos, b.range[0]).trim() !== '') return null;
    pos = b.range[1];
  }
  return text.slice(pos, end).trim() === '' ? [start, end] : null;
}

/**
 * Whether the text before `at` ends in a blank line (`\n`, spaces or tabs, `\n`, with optional `\r`s), read back
 * from `at`: the pattern /\r?\n[ \t]*\r?\n$/ on the text before it was tried from every line break of the
 * document, once per report (quadratic in a page of thousands of residue lines between paragraphs).
 */
function endsWithBlankLine(text: string, at: number): boolean {
  let k = at;
  if (text[k - 1] !== '\n') return false;
  k--;
  if (text[k - 1] === '\r') k--;
  while (text[k - 1] === ' ' || text[k - 1] === '\t') k--;
  return text[k - 1] === '\n';
}

export default rule;
