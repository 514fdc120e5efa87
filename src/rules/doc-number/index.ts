// doc-number: 发文字号 and dates written as GB/T 9704-2012 requires, and a web page's source date that
// cannot be right (published before the document was signed).
import type { Block } from '../../document/block.js';
import { compareDates, findDates, findDocumentNumbers, formatDate, type WrittenDate } from '../../quantity/dates.js';
import { DIGIT_CLASS } from '../../quantity/numerals.js';
import type { Range, Rule, RuleContext } from '../../types.js';
import labels from './labels.json' with { type: 'json' };

/** A bracket with a digit inside: a 发文字号 may be here (cheap test before the finder). */
const MAY_HOLD_DOC_NUMBER = new RegExp(`[〔[［(（【〖]\\s*${DIGIT_CLASS}`);
const HEXAGONAL_OPEN = '〔';
const HEXAGONAL_CLOSE = '〕';
/** A page's own metadata line (来源：… 2020年05月21日): its date format is the website's, not the document's. */
const METADATA_LABEL = new RegExp(`(?:${labels.metadata.join('|')})\\s*[:：]`);
/** A label alone in its block (a table cell, or a line of an extracted table): the next block is its value. */
const LONE_LABEL = new RegExp(`^\\s*(?:${labels.metadata.join('|')})\\s*[:：]\\s*$`);
const SOURCE_LABEL = new RegExp(`(?:${labels.published.join('|')})\\s*[:：]`);

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'doc-number',
    description: {
      zh: '发文字号与日期的写法（GB/T 9704-2012），来源日期与成文日期相符',
      en: 'Document numbers and dates written as GB/T 9704-2012 requires; the source date fits the signing date',
    },
    severity: 'warn',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      brackets: {
        zh: '发文字号的年份应用六角括号：“{written}”应为“{fixed}”',
        en: 'The year of a document number takes hexagonal brackets: "{written}" should be "{fixed}"',
      },
      shortYear: { zh: '发文字号的年份应标全称：“{written}”', en: 'The year of a document number is written in full: "{written}"' },
      ordinal: { zh: '发文顺序号不加“第”字：“{written}”应为“{fixed}”', en: 'A document serial number takes no 第: "{written}" should be "{fixed}"' },
      serialZero: {
        zh: '发文顺序号不编虚位：“{written}”应为“{fixed}”',
        en: 'A document serial number has no leading zero: "{written}" should be "{fixed}"',
      },
      dateZero: { zh: '日期中的月、日不编虚位：“{written}”应为“{fixed}”', en: 'Months and days have no leading zero: "{written}" should be "{fixed}"' },
      sourceBeforeSigning: {
        zh: '来源日期{source}早于成文日期{signed}',
        en: 'The source date {source} is earlier than the signing date {signed}',
      },
      signed: { zh: '成文日期', en: 'signing date' },
    },
    docs: {
      decides: {
        zh: '按 GB/T 9704-2012 检查发文字号：括号中有四位年份（1949—2100）时应为六角括号“〔〕”，六角括号内的两位年份报告为简写，顺序号不加“第”、不编虚位；阿拉伯数字日期的月、日不编虚位。另把单独一行的日期当作成文日期，与“来源”“发布时间”等标签后的来源日期比较，来源日期早于最早的成文日期时报告。网页信息栏行（标签见 labels.json）内的日期格式不检查。',
        en: 'Checks document numbers against GB/T 9704-2012: a bracketed four-digit year (1949–2100) takes hexagonal brackets 〔〕, a two-digit year inside 〔〕 is reported as shortened, and the serial number takes no 第 and no leading zero; months and days of dates in Arabic digits take no leading zero. A date alone on its line counts as a signing date, and a source date after a label such as 来源 or 发布时间 earlier than the earliest signing date is reported. Dates on page metadata lines (labels in labels.json) are not checked for format.',
      },
      limits: {
        zh: '发文字号只凭形状识别（括号、年份、“号”），法院案号等已排除一部分，但其他相似编号仍可能被当作发文字号；非六角括号内的两位年份不报告。成文日期只认单独成行的日期，标签列表不全时网页信息栏的日期会被当作正文日期检查。汉字日期不检查虚位。',
        en: 'Document numbers are recognised by shape (bracket, year, 号): court case numbers are left out, but other look-alike codes may still be taken for document numbers; two-digit years in other brackets are not reported. Only a date alone on its line counts as a signing date, and metadata labels missing from the list make the page date checked like body text. Dates in Chinese numerals are not checked for zeros.',
      },
      turnOff: {
        zh: '非党政机关公文（企业文件、新闻稿、学术文献）不受 GB/T 9704-2012 约束，可关闭；收录他人原文照录格式的汇编也可关闭。',
        en: 'Turn it off for documents outside GB/T 9704-2012 (company papers, news, academic texts), and for collections that reproduce other documents exactly as written.',
      },
    },
    examples: {
      valid: [
        { text: '现将《工作方案》印发给你们（江委办〔2016〕5号），请遵照执行。\n江门市人民政府办公室\n2016年4月27日\n来源： 中国江门2016年04月27日' },
        {
          title: { zh: '法院案号不是发文字号；网页元数据行的日期格式不检查', en: 'Court case numbers are no document numbers; page metadata lines are not checked' },
          text: '参见（2016）最高法民再1号判决。\n发布时间：2020年05月21日',
        },
      ],
      invalid: [
        {
          text: '开府[2023]1号',
          messages: ['发文字号的年份应用六角括号：“[2023]”应为“〔2023〕”'],
        },
        { text: '川经信材料〔2020〕第045号', messages: ['发文顺序号不加“第”字：“第045号”应为“45号”'] },
        { text: '本方案自2016年04月07日起施行。', messages: ['日期中的月、日不编虚位：“2016年04月07日”应为“2016年4月7日”'] },
        {
          title: { zh: '网页来源日期早于成文日期', en: 'A source date before the signing date' },
          text: '江门市人民政府办公室\n2016年4月27日\n来源：中国江门 2016年4月7日',
          messages: ['来源日期2016年4月7日早于成文日期2016年4月27日'],
        },
      ],
    },
  },
  create(context) {
    const signing: { date: WrittenDate; block: Block }[] = [];
    const sources: { date: WrittenDate; block: Block }[] = [];
    let labelBefore = false;
    for (const block of context.document.blocks) {
      const text = block.text;
      const labelled = labelBefore;
      if (text.trim() !== '') labelBefore = LONE_LABEL.test(text);
      if (MAY_HOLD_DOC_NUMBER.test(text)) checkDocNumbers(context, block);
      if (!text.includes('月')) continue;
      const dates = findDates(text);
      if (dates.length === 0) continue;
      // 成文日期：↵2019年01月27日: the portal's record field, whatever the document itself writes.
      if (labelled) continue;
      const metadata = METADATA_LABEL.exec(text);
      for (const date of dates) {
        if (metadata && date.start > metadata.index) {
          if (SOURCE_LABEL.test(text.slice(metadata.index, date.start)) && date.day !== null) sources.push({ date, block });
          continue;
        }
        if (date.numerals === 'arabic') checkLeadingZeros(context, block, date);
      }
      if (dates.length === 1 && dates[0]!.day !== null && isDateLine(text, dates[0]!)) signing.push({ date: dates[0]!, block });
    }
    checkSourceDates(context, signing, sources);
  },
};
export default rule;

function checkDocNumbers(context: RuleContext, block: Block): void {
  const text = block.text;
  for (const n of findDocumentNumbers(text)) {
    const { open, close, yearText, year, ordinal } = n;
    const bracketStart = n.start;
    const bracketEnd = n.bracketEnd;
    const hexagonal = open === HEXAGONAL_OPEN && close === HEXAGONAL_CLOSE;
    if (n.yearDigits === 4 && (year < 1949 || year > 2100)) continue;
    if (n.yearDigits !== 4) {
      // 〔16〕: a year cut short. Other brackets around two digits are too often something else.
      if (hexagonal) report(context, block, 'shortYear', [bracketStart, bracketEnd], { written: text.slice(bracketStart, bracketEnd) });
      continue;
    }
    if (!hexagonal) {
      const fixed = `${HEXAGONAL_OPEN}${yearText}${HEXAGONAL_CLOSE}`;
      report(context, block, 'brackets', [bracketStart, bracketEnd], { written: text.slice(bracketStart, bracketEnd), fixed }, fixed);
    }
    const serialStart = n.serialStart;
    const fixedSerial = String(n.serial);
    const numberEnd = text.indexOf('号', serialStart) + 1;
    if (ordinal) {
      const start = serialStart - ordinal.length + (ordinal.length - ordinal.trimStart().length);
      const fixed = `${fixedSerial}号`;
      report(context, block, 'ordinal', [start, numberEnd], { written: text.slice(start, numberEnd), fixed }, fixed);
    } else if (fixedSerial !== n.serialDigits) {
      const fixed = `${fixedSerial}号`;
      report(context, block, 'serialZero', [serialStart, numberEnd], { written: text.slice(serialStart, numberEnd), fixed }, fixed);
    }
  }
}

function checkLeadingZeros(context: RuleContext, block: Block, date: WrittenDate): void {
  const zeroAt = (at: [number, number] | null): boolean => at !== null && at[1] - at[0] === 2 && /^[0０]/.test(block.text.slice(at[0], at[1]));
  if (!zeroAt(date.monthAt) && !zeroAt(date.dayAt)) return;
  const written = block.text.slice(date.start, date.end);
  // Only the figures change; spacing inside the date stays as written.
  let fixed = '';
  let last = date.start;
  for (const [at, value] of [[date.monthAt, date.month], [date.dayAt, date.day]] as const) {
    if (at === null) continue;
    fixed += block.text.slice(last, at[0]) + String(value);
    last = at[1];
  }
  fixed += block.text.slice(last, date.end);
  report(context, block, 'dateZero', [date.start, date.end], { written, fixed }, fixed);
}

/** A line that is only a date (the 成文日期 under the issuer's name), brackets and spaces aside. */
function isDateLine(text: string, date: WrittenDate): boolean {
  return /^[\s（(]*$/.test(text.slice(0, date.start)) && /^[\s）)]*$/.test(text.slice(date.end));
}

/**
 * A page publishes a document on or after the day it was signed, never before: a source date earlier than
 * every signing date is a typo in one of them. A later source date is normal (pages post documents days later).
 */
function checkSourceDates(
  context: RuleContext,
  signing: { date: WrittenDate; block: Block }[],
  sources: { date: WrittenDate; block: Block }[],
): void {
  if (signing.length === 0) return;
  const earliest = signing.reduce((a, b) => (compareDates(b.date, a.date) < 0 ? b : a));
  for (const source of sources) {
    if (compareDates(source.date, earliest.date) >= 0) continue;
    const signed = formatDate(earliest.date);
    context.report({
      messageId: 'sourceBeforeSigning',
      data: { source: formatDate(source.date), signed },
      range: source.block.sourceRange(source.date.start, source.date.end),
      related: [{ range: earliest.block.sourceRange(earliest.date.start, earliest.date.end), messageId: 'signed' }],
    });
  }
}

function report(
  context: RuleContext,
  block: Block,
  messageId: string,
  [start, end]: [number, number],
  data: Record<string, string>,
  fixText?: string,
): void {
  const range: Range = block.sourceRange(start, end);
  context.report({ messageId, data, range, ...(fixText !== undefined && { fix: { range, text: fixText } }) });
}
