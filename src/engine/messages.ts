// Turns a rule's messageId + data into text in the requested locale.
import type { Locale, LocalizedText, Rule } from '../types.js';

/** Fills `{key}` placeholders; unknown keys stay as written. A scan with indexOf: a message is built per finding. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  let open = template.indexOf('{');
  if (open < 0) return template;
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = template.indexOf('}', open + 1);
    if (close < 0) break;
    const key = template.slice(open + 1, close);
    if (PLACEHOLDER_KEY.test(key) && key in data) {
      out += template.slice(from, open) + String(data[key]);
      from = close + 1;
      open = template.indexOf('{', from);
    } else open = template.indexOf('{', open + 1);
  }
  return out + template.slice(from);
}
const PLACEHOLDER_KEY = /^\w+$/;

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.zh;
}

export function ruleMessage(
  rule: Rule,
  messageId: string,
  data: Record<string, string | number> | undefined,
  locale: Locale,
): string {
  const template = rule.meta.messages[messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${messageId}"`);
  return interpolate(localize(template, locale), data);
}

/** Core messages that are not any rule's. */
export const CORE_MESSAGES = {
  ruleCrashed: { zh: '规则 {rule} 运行出错：{error}', en: 'rule {rule} crashed: {error}' },
  ruleTimedOut: {
    zh: '规则 {rule} 超出时间预算（{ms} 毫秒），已中止',
    en: 'rule {rule} exceeded its time budget ({ms} ms) and was stopped',
  },
  tooManyFindings: {
    zh: '规则 {rule} 在此文件中的结果超过 {max} 条，已停止检查其余部分',
    en: 'rule {rule} reported more than {max} findings in this file; the rest of the file was not checked by it',
  },
  badFixRange: {
    zh: '规则 {rule} 提出的 {count} 处修复范围无效（不是文本内的一对整数），已忽略',
    en: 'rule {rule} proposed {count} fixes whose range is not a pair of integers inside the text; dropped',
  },
  readOnly: { zh: '文件为只读，未写入修复', en: 'the file is read-only; fixes not written' },
  unreadable: { zh: '无法读取文件：{error}', en: 'cannot read file: {error}' },
  binary: { zh: '未检查：不是文本文件（{reason}）', en: 'not checked: not a text file ({reason})' },
  'unchecked.pdf': {
    zh: '未检查：这是 PDF 文件，不是文本。请导出为 .docx 或文本文件后再检查',
    en: 'not checked: this is a PDF file, not text. Export it as .docx or text and lint that',
  },
  'unchecked.word97': {
    zh: '未检查：这是旧版 Word/WPS 文件（.doc、.wps）。请在 Word 中另存为 .docx 后再检查',
    en: 'not checked: this is an old Word/WPS file (.doc, .wps). Save it as .docx in Word and lint that',
  },
  'unchecked.zip': {
    zh: '未检查：这是 ZIP 压缩包（或扩展名不是 .docx 的 Office 文件）。Word 文件请以 .docx 为扩展名',
    en: 'not checked: this is a ZIP archive (or an Office file not named .docx). Give Word files the .docx extension',
  },
  'unchecked.image': { zh: '未检查：这是图片，不是文本', en: 'not checked: this is an image, not text' },
  'unchecked.archive': { zh: '未检查：这是压缩包，请解压后检查其中的文件', en: 'not checked: this is an archive; extract it and lint its files' },
  'unchecked.utf-16le': {
    zh: '未检查：文件含 NUL 字节，像是没有字节顺序标记的 UTF-16LE 文本。请用 settings.encoding 指定编码（"utf-16le"）',
    en: 'not checked: the file has NUL bytes, like UTF-16LE text without a byte order mark. Name the encoding with settings.encoding ("utf-16le")',
  },
  'unchecked.utf-16be': {
    zh: '未检查：文件含 NUL 字节，像是没有字节顺序标记的 UTF-16BE 文本。请用 settings.encoding 指定编码（"utf-16be"）',
    en: 'not checked: the file has NUL bytes, like UTF-16BE text without a byte order mark. Name the encoding with settings.encoding ("utf-16be")',
  },
  unknownRuleInDirective: {
    zh: '{directive} 指令中的规则“{rule}”不存在，此处不会屏蔽任何问题',
    en: '{directive} names an unknown rule "{rule}"; it disables nothing',
  },
  unusedDirective: {
    zh: '{directive} 指令（{rules}）没有屏蔽任何问题，可以删除',
    en: '{directive} ({rules}) disables nothing and can be removed',
  },
  allRules: { zh: '全部规则', en: 'all rules' },
  rulesFailed: {
    zh: 'policylint：规则运行出错 {count} 次（{rules}），结果不完整，退出码 2',
    en: 'policylint: rules failed {count} times ({rules}); the results are incomplete (exit code 2)',
  },
  debugHint: { zh: '  加 --debug 查看出错位置（堆栈）', en: '  run with --debug to see where (the stack)' },
  uncheckedSummary: {
    zh: 'policylint：{count} 个文件未检查（不是可读的文本或 .docx）：',
    en: 'policylint: {count} files not checked (not readable text or .docx):',
  },
  invalidBytes: {
    zh: '文件含无效的 {encoding} 字节序列（首个位于字节 {offset}），已用 U+FFFD 替代后继续检查',
    en: 'invalid {encoding} byte sequence (first at byte {offset}); replaced by U+FFFD and linted on',
  },
  tooLarge: {
    zh: '文件大小 {size} 字节，超过 maxFileSize（{max} 字节），未检查',
    en: 'file is {size} bytes, above maxFileSize ({max} bytes); not linted',
  },
  ignoredFile: {
    zh: '文件被忽略规则（ignores 或 .policylintignore）排除，未检查',
    en: 'file ignored because of a matching ignore pattern (ignores or .policylintignore); not linted',
  },
  fileTimedOut: {
    zh: '检查此文件超过 {seconds} 秒，已中止（可能是某条规则陷入死循环）',
    en: 'linting this file took more than {seconds} s and was stopped (a rule may be stuck)',
  },
  workerFailed: { zh: '检查此文件的工作线程出错：{error}', en: 'the worker linting this file failed: {error}' },
  readAsText: {
    zh: '标记嵌套过深，无法解析（{error}），已按纯文本检查',
    en: 'markup nested too deeply to parse ({error}); linted as plain text',
  },
  internalError: { zh: 'policylint 处理此文件时出错：{error}', en: 'policylint failed on this file: {error}' },
  badEncoding: { zh: '无法按 {encoding} 解码：{error}', en: 'cannot decode as {encoding}: {error}' },
  wordUnreadable: {
    zh: '未检查：无法读取 Word 文件（{error}）。文件可能已损坏或不是 .docx，请在 Word 中打开并另存为 .docx',
    en: 'not checked: cannot read the Word file ({error}). It may be damaged or not a .docx; open it in Word and save it as .docx',
  },
  wordNotWritten: {
    zh: '未修复 {count} 处：policylint 不改写 Word 文件（.docx），请在 Word 中修改',
    en: '{count} fixes not applied: policylint never writes Word files (.docx); make the changes in Word',
  },
} satisfies Record<string, LocalizedText>;

export function coreMessage(id: keyof typeof CORE_MESSAGES, locale: Locale, data?: Record<string, string | number>): string {
  return interpolate(localize(CORE_MESSAGES[id], locale), data);
}
