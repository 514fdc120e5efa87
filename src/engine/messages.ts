// Turns a rule's messageId + data into text in the requested locale.
import type { Locale, LocalizedText, Rule } from '../types.js';

export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

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
} satisfies Record<string, LocalizedText>;
