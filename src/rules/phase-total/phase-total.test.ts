import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('phase-total', () => {
  it('names the parts, their sum and the total, with the parts as related locations', () => {
    const [m] = lintWith(rule, '新材料产业产值超370亿元，新能源及装备产业产值超190亿元，总产值超过450亿元。');
    expect(m!.message).toBe('总产值应为 370 + 190 = 560 亿元，文中为 450 亿元');
    expect(m!.related).toHaveLength(2);
    expect(lintWith(rule, '新材料产业产值超370亿元，新能源及装备产业产值超190亿元，总产值超过450亿元。', { locale: 'en' })[0]!.message).toBe(
      '总产值 should be 370 + 190 = 560 亿元, but the text says 450 亿元',
    );
  });
  it('finds no contradiction in the seeds (000: 300+200=500, 600+500=1100, 400 + 近300 vs 超700; 003; 004)', () => {
    for (const seed of ['000_515e1a66cf77eeef.txt', '003_7c3a331e4b8e7433.txt', '004_dc1bcdfd75af63c6.txt']) {
      const text = readFileSync(path.join(root, 'seeds', seed), 'utf8');
      expect(lintWith(rule, text, { filename: seed })).toEqual([]);
    }
  });
});
