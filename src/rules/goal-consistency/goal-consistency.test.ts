import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('goal-consistency', () => {
  it('finds nothing in seeds 000, 003 and 004 (超千亿元 agrees with 超1100亿元; 2023 and 2025 are different goals)', () => {
    for (const seed of ['000_515e1a66cf77eeef.txt', '003_7c3a331e4b8e7433.txt', '004_dc1bcdfd75af63c6.txt']) {
      const text = readFileSync(path.join(root, 'seeds', seed), 'utf8');
      expect(lintWith(rule, text, { filename: seed })).toEqual([]);
    }
  });
});

