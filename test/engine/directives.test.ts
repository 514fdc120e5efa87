// Inline control comments in Markdown and plain text.
import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/document/document.js';
import { lintDocument } from '../../src/engine/lint-document.js';
import type { Rule } from '../../src/types.js';

/** Reports every 待定, so that the test sees exactly which lines the directives silence. */
const pending: Rule = {
  meta: {
    id: 'pending',
    description: { zh: '待定', en: 'pending' },
    severity: 'error',
    schema: {},
    messages: { found: { zh: '待定', en: 'pending' } },
  },
  create(context) {
    for (const block of context.document.blocks) {
      for (const m of block.text.matchAll(/待定/g)) context.report({ messageId: 'found', range: block.sourceRange(m.index, m.index + 2) });
    }
  },
};
const other: Rule = { ...pending, meta: { ...pending.meta, id: 'other' } };

async function linesWithFindings(text: string, filePath: string) {
  const messages = lintDocument(await PolicyDocument.load(text, filePath), {
    rules: [
      { id: 'pending', rule: pending, severity: 2, options: {} },
      { id: 'other', rule: other, severity: 2, options: {} },
    ],
    settings: {},
    locale: 'zh',
  });
  return messages.map((m) => `${m.line}:${m.ruleId}`);
}

describe('inline directives', () => {
  it('disable / enable a named rule in Markdown', async () => {
    const md = ['待定', '', '<!-- policylint-disable pending -->', '', '待定', '', '<!-- policylint-enable pending -->', '', '待定'].join('\n');
    expect(await linesWithFindings(md, 'a.md')).toEqual(['1:other', '1:pending', '5:other', '9:other', '9:pending']);
  });

  it('disable-next-line, and a bare disable for all rules', async () => {
    const md = ['<!-- policylint-disable-next-line pending -- known, see ticket 12 -->', '待定', '', '<!-- policylint-disable -->', '', '待定'].join('\n');
    expect(await linesWithFindings(md, 'a.md')).toEqual(['2:other']);
  });

  it('enabling one rule after a bare disable leaves the others off', async () => {
    const md = ['<!-- policylint-disable -->', '<!-- policylint-enable other -->', '', '待定'].join('\n');
    expect(await linesWithFindings(md, 'a.md')).toEqual(['4:other']);
  });

  it('plain text: the same words on a line of their own, with or without the comment marks', async () => {
    const txt = ['待定', 'policylint-disable other', '待定', '<!-- policylint-enable -->', '待定'].join('\n');
    expect(await linesWithFindings(txt, 'a.txt')).toEqual(['1:other', '1:pending', '3:pending', '5:other', '5:pending']);
  });
});

describe('report by node', () => {
  it('a Markdown rule may report an mdast node instead of a range', async () => {
    const byNode: Rule = {
      meta: { ...pending.meta, id: 'headings' },
      create(context) {
        for (const node of context.document.mdast?.children ?? []) {
          if (node.type === 'heading') context.report({ messageId: 'found', node });
        }
      },
    };
    const [m] = lintDocument(await PolicyDocument.load('正文\n\n## 一、总则\n', 'a.md'), {
      rules: [{ id: 'headings', rule: byNode, severity: 2, options: {} }],
      settings: {},
      locale: 'zh',
    });
    expect([m!.line, m!.column, m!.endLine, m!.endColumn]).toEqual([3, 1, 3, 8]);
  });
});
