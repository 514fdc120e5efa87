import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { applyFixes } from '../../fix/apply-fixes.js';
import { lintWith, readFixture } from '../../../test/helpers/rule-tester.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const seed = (prefix: string) => {
  const [file] = fg.sync(`seeds/${prefix}_*.txt`, { cwd: repoRoot, absolute: true });
  const text = readFileSync(file!, 'utf8');
  return { text, messages: lintWith(rule, text, { filename: file }) };
};


describe('injected-content on the seeds', () => {
  it('reports the gambling label injected 93 times in seed 001 as one finding with every other place related', () => {
    const { text, messages } = seed('001');
    const injected = [...text.matchAll(/澳门和记娱乐场,菠菜导航网:/g)].map((m) => m.index);
    expect(messages).toHaveLength(1);
    const [m] = messages;
    expect([m!.offset, ...m!.related!.map((r) => r.offset)]).toEqual(injected);
    expect(new Set([m!.line, ...m!.related!.map((r) => r.line)]).size).toBe(40);
    expect(m).toMatchObject({
      message: '疑似注入内容（博彩垃圾信息）：“澳门和记娱乐场,菠菜导航网:”，共 93 处',
      messageId: 'injectedGroup',
      properties: { kind: 'spam', category: 'gambling', count: 93, kindLabel: '垃圾信息' },
    });
    expect(m!.related![0]).toMatchObject({ message: '同一注入内容' });
  });

  it('finds nothing in seeds 000 and 003', () => {
    expect(seed('000').messages).toEqual([]);
    expect(seed('003').messages).toEqual([]);
  });
});

describe('injected-content', () => {
  it('names the kind in English and in properties', () => {
    const [m] = lintWith(rule, '百家乐真人荷官在线', { locale: 'en' });
    expect(m).toMatchObject({ message: 'Injected content (gambling spam): "百家乐真人荷官"', properties: { kind: 'spam' } });
  });

  it('reports a foreign label repeated before many names as repeated-insertion', () => {
    const { text } = readFixture(path.join(repoRoot, 'src/rules/injected-content/fixtures/repeated-insertion.txt'));
    const kinds = new Set(lintWith(rule, text).map((m) => m.properties?.kind));
    expect(kinds).toEqual(new Set(['repeated-insertion']));
  });

  it('removes invisible characters at their exact source offset', () => {
    const text = '推进\u200B高质量\u202E发展\u200B\u200B。';
    const messages = lintWith(rule, text);
    expect(messages.map((m) => [m.offset, m.endOffset, m.properties?.kind])).toEqual([
      [2, 3, 'invisible'],
      [6, 7, 'invisible'],
      [9, 11, 'invisible'],
    ]);
    expect(applyFixes(text, messages).output).toBe('推进高质量发展。');
  });

  it('leaves a BOM at the start and zero-width joiners inside emoji alone', () => {
    expect(lintWith(rule, '\uFEFF家庭👨\u200D👩\u200D👧')).toEqual([]);
  });

  it('looks only for the kinds asked for', () => {
    expect(lintWith(rule, '推进\u200B百家乐真人荷官', { options: { kinds: ['spam'] } }).map((m) => m.properties?.kind)).toEqual(['spam']);
  });
});

describe('injected-content links', () => {
  const text = '见[报道](https://news.example.org/a)和[文件](https://www.gov.cn/b)。';

  it('warns about links to domains not on the allow list', () => {
    const messages = lintWith(rule, text, { filename: 'a.md', locale: 'en' });
    expect(messages.map((m) => [m.severity, m.message, m.properties?.domain])).toEqual([
      [1, 'Injected content (link to news.example.org, a domain not on the allow list): "https://news.example.org/a"', 'news.example.org'],
    ]);
  });

  it('accepts the domains in settings.injection.allowDomains', () => {
    expect(lintWith(rule, text, { filename: 'a.md', settings: { injection: { allowDomains: ['example.org'] } } })).toEqual([]);
  });
});
