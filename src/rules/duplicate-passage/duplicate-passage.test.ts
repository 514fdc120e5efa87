import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

const root = path.resolve(import.meta.dirname, '../../..');
const seed = (prefix: string): string => {
  const name = readdirSync(path.join(root, 'seeds')).find((f) => f.startsWith(prefix))!;
  return readFileSync(path.join(root, 'seeds', name), 'utf8');
};

describe('duplicate-passage on the seeds', () => {
  it('reports the repeated paragraph of 002 at the later place, the earlier as related', async () => {
    const [m, ...rest] = await lintWith(rule, seed('002'));
    expect(rest).toEqual([]);
    expect([m!.line, m!.message, m!.related?.[0]?.line]).toEqual([69, '本段与第49行的段落重复', 49]);
    expect(m!.severity).toBe(2);
  });
  it('reports the repeated 50-character sentence of 001', async () => {
    const messages = await lintWith(rule, seed('001'));
    expect(messages.map((m) => [m.line, m.related?.[0]?.line])).toEqual([[101, 76]]);
    expect(messages[0]!.endOffset - messages[0]!.offset).toBeGreaterThanOrEqual(30);
  });
  it('is quiet on 000, 003 and 004', async () => {
    for (const s of ['000', '003', '004']) expect(await lintWith(rule, seed(s))).toEqual([]);
  });
});

describe('duplicate-passage details', () => {
  const long = '推动产业链上下游协同发展，培育一批具有核心竞争力的龙头企业和专精特新企业。';
  it('ignores whitespace and zero-width characters when comparing', async () => {
    const text = `${long}\n其他内容。${long.slice(0, 10)} \u200b${long.slice(10)}\n`;
    expect((await lintWith(rule, text)).map((m) => m.line)).toEqual([2]);
  });
  it('merges consecutive repeated sentences into one finding', async () => {
    const two = `${long}加快建设现代化产业体系，推动制造业高端化、智能化、绿色化发展。`;
    const messages = await lintWith(rule, `${two}\n开头不同。${two}\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toBe('“推动产业链上下游协同发展，培育一…”与第1行重复');
  });
  it('honours minLength', async () => {
    const text = '加强组织领导，完善政策措施。\n加强组织领导，完善政策措施。\n';
    expect(await lintWith(rule, text)).toEqual([]);
    expect((await lintWith(rule, text, { options: { minLength: 10 } })).map((m) => m.line)).toEqual([2]);
  });
});
