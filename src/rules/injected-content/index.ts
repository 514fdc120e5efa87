// injected-content: text that does not belong to the document and was put there (a hacked site, a careless
// paste, an attack). Each kind has its own detector module; this file only merges and reports.
import type { Rule } from '../../types.js';
import type { InjectionFinding } from './finding.js';
import { findInvisible } from './invisible.js';
import { findInsertionsAndSpam } from './insertion-findings.js';

interface Options {
  kinds: string[];
}

const KINDS = ['spam', 'repeated-insertion', 'invisible', 'hidden-markup', 'prompt-injection', 'contact-bait'];

const rule: Rule<Options> = {
  meta: {
    id: 'injected-content',
    description: { zh: '疑似注入的内容（垃圾信息、不可见字符、隐藏标记、提示词注入等）', en: 'Injected content (spam, invisible characters, hidden markup, prompt injection …)' },
    severity: 'error',
    fixable: true,
    schema: {
      properties: {
        kinds: {
          type: 'array',
          items: { enum: KINDS },
          default: KINDS,
          description: 'Which kinds of injected content to look for',
        },
      },
      additionalProperties: false,
    },
    messages: {
      injected: { zh: '疑似注入内容（{label}）：“{quote}”', en: 'Injected content ({label}): "{quote}"' },
      invisible: { zh: '疑似注入内容（{label}）：{quote}', en: 'Injected content ({label}): {quote}' },
    },
    examples: {
      valid: [{ text: '\uFEFF推进澳门特别行政区建设。' }],
      invalid: [
        {
          title: { zh: '零宽空格', en: 'A zero-width space' },
          text: '推进\u200B高质量发展。',
          messages: ['疑似注入内容（不可见字符“零宽空格”）：U+200B'],
        },
      ],
    },
  },
  create(context) {
    const doc = context.document;
    const kinds = new Set(context.options.kinds);
    const findings: InjectionFinding[] = [];
    if (kinds.has('invisible')) findings.push(...findInvisible(doc));
    findings.push(...findInsertionsAndSpam(doc.blocks, kinds.has('spam'), kinds.has('repeated-insertion')));
    for (const f of findings) {
      context.report({
        messageId: f.kind === 'invisible' ? 'invisible' : 'injected',
        data: { label: f.label[context.locale] ?? f.label.zh, quote: f.quote },
        range: f.range,
        ...(f.fix ? { fix: f.fix } : {}),
        properties: { kind: f.kind, ...f.properties },
      });
    }
  },
};

export default rule;
