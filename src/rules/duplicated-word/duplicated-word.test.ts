import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { applyFixes } from '../../fix/apply-fixes.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');


describe('duplicated-word', () => {
  it('fixes by removing the second copy', async () => {
    const text = '培育发展发展核能。Read the the annex.';
    expect(applyFixes(text, await lintWith(rule, text)).output).toBe('培育发展核能。Read the annex.');
  });

  it('keeps a soft line break and the markup after it when fixing', async () => {
    const text = '> 培育发展\n> 发展核能。\n';
    expect(applyFixes(text, await lintWith(rule, text, { filename: 'a.md' })).output).toBe('> 培育发展\n> 核能。\n');
  });

  it('reports the whole repeat and quotes the word in both locales', async () => {
    const [m] = await lintWith(rule, '培育发展发展核能', { locale: 'en' });
    expect(m).toMatchObject({ message: '"发展" is repeated', offset: 2, endOffset: 6, severity: 2 });
  });

  it('lowers colloquial verb reduplication to a warning', async () => {
    const [m] = await lintWith(rule, '研究研究这个问题');
    expect(m?.severity).toBe(1);
  });

  it('accepts more legitimate repeats through the option allow', async () => {
    expect(await lintWith(rule, '建设县县通工程，企业企业', { options: { allow: ['企业企业'] } })).toEqual([]);
  });

  it('finds exactly the doubled 发展 in seed 000 and nothing in seed 003', async () => {
    const seed = async (prefix: string) => {
      const [file] = fg.sync(`seeds/${prefix}_*.txt`, { cwd: repoRoot, absolute: true });
      return lintWith(rule, readFileSync(file!, 'utf8'), { filename: file });
    };
    expect((await seed('000')).map((m) => `${m.line} ${m.message}`)).toEqual(['29 “发展”重复']);
    expect(await seed('003')).toEqual([]);
  });
});

describe('duplicated-word across soft line breaks', () => {
  it('looks through the indentation after a soft line break', async () => {
    expect((await lintWith(rule, '支持企业\n　　企业创新。', { filename: 'a.md' })).map((m) => m.message)).toEqual(['“企业”重复']);
  });

  it('does not join plain-text lines (each line is a paragraph)', async () => {
    expect(await lintWith(rule, '支持企业\n企业创新。')).toEqual([]);
  });
});
