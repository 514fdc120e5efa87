import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { residueKind } from '../../document/residue/classify.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

const root = path.resolve(import.meta.dirname, '../../..');
const seed = (prefix: string): string => {
  const name = readdirSync(path.join(root, 'seeds')).find((f) => f.startsWith(prefix))!;
  return readFileSync(path.join(root, 'seeds', name), 'utf8');
};

describe('web-residue on the seeds', () => {
  it('reports the three closing lines of 004 as one finding spanning them', () => {
    const text = seed('004');
    const messages = lintWith(rule, text);
    expect(messages.map((m) => [m.line, m.endLine, m.message])).toEqual([
      [42, 44, '网页残留：“建议反馈 您的每一条建议声音,我…”等3行'],
    ]);
    expect(text.slice(messages[0]!.offset, messages[0]!.endOffset).endsWith('分享到微博')).toBe(true);
  });
  it('reports the 相关附件: labels and the attachment file name of 001', () => {
    expect(lintWith(rule, seed('001')).map((m) => [m.line, m.properties?.kind])).toEqual([
      [1, 'page'],
      [133, 'attachment'],
    ]);
  });
  it('is quiet on 000, 002 and 003 (来源： lines are provenance, not page furniture)', () => {
    for (const s of ['000', '002', '003']) expect(lintWith(rule, seed(s))).toEqual([]);
  });
});

describe('web-residue classification', () => {
  it.each([
    ['分享到微信', 'page'],
    ['【打印】【关闭】', 'page'],
    ['上一篇：关于印发实施方案的通知', 'page'],
    ['附件2：申报表.xlsx', 'attachment'],
    ['false', 'licence'],
    ['分享到各级平台的数据应当及时更新。', null],
    ['打印机', null],
    ['中', null],
    ['报告全文见附件.pdf格式文件。', null],
  ])('%s → %s', (text, kind) => expect(residueKind(text)).toBe(kind));
});
