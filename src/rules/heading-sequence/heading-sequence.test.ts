import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { chineseNumeral } from './markers.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

const root = path.resolve(import.meta.dirname, '../../..');
const seed = (prefix: string): string => {
  const name = readdirSync(path.join(root, 'seeds')).find((f) => f.startsWith(prefix))!;
  return readFileSync(path.join(root, 'seeds', name), 'utf8');
};
const lines = async (text: string, opts = {}): Promise<number[]> => (await lintWith(rule, text, opts)).map((m) => m.line);

describe('heading-sequence on the seeds', () => {
  it('flags the lost headings of 001 (二、 → 四、 → 七、, and the lost （二） items)', async () => {
    const messages = await lintWith(rule, seed('001'));
    expect(messages.map((m) => m.line)).toEqual([33, 65, 96, 108, 116, 121]);
    expect(messages[1]!.message).toBe('编号不连续：“二、”之后是“四、”，缺少“三、”');
    expect(messages[1]!.related?.[0]?.line).toBe(33);
  });
  it('accepts 003 (1.–23. across （一）…（六）) and 004 (（一）…（十九） across 一、…六、)', async () => {
    expect(await lines(seed('003'))).toEqual([]);
    expect(await lines(seed('004'))).toEqual([]);
  });
});

describe('heading-sequence details', () => {
  it('reads sub-lists in the same style and resumes the outer list after them', async () => {
    expect(await lines('一、回顾\n二、任务\n一、节约。\n二、改革。\n三、利用。\n三、保障\n四、结语\n')).toEqual([]);
  });
  it('reports an outer level nested inside an inner one', async () => {
    const m = await lintWith(rule, '1.成立领导小组。\n（一）建立机制\n（二）落实责任\n2.定期调度。\n');
    expect(m.map((x) => x.message)).toEqual([
      '层级顺序颠倒：“（一）”出现在“1.”与“2.”之间，层级应依次为“一、”“（一）”“1.”“（1）”',
    ]);
    expect(m[0]!.line).toBe(2);
  });
  it('warns when one part runs on while the others restart', async () => {
    const m = await lintWith(rule, '一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n三、丙\n（二）子\n');
    expect(m.map((x) => [x.line, x.severity])).toEqual([[7, 1]]);
    expect(m[0]!.message).toBe('“（二）”接续上一部分的“（一）”编号，而本文其他部分都从头编号');
  });
  it('does not call an item missing when its line is there but unreadable as a marker', async () => {
    expect(await lines('一、目录\n1．胡椒醛甲\n2．3，4-亚甲基二氧苯基-2-丙酮\n3．胡椒醛\n')).toEqual([]);
  });
  it('ignores a lone item that starts mid-sequence and chapter references in sentences', async () => {
    expect(await lines('第七节 监察委员会\n第七节相应改为第八节，第一百二十三条至第一百三十八条相应改为第一百二十八条至第一百四十三条。\n')).toEqual([]);
  });
  it('starts afresh after a Markdown heading without a number', async () => {
    expect(await lines('# 方案\n\n一、甲\n\n二、乙\n\n## 附件\n\n一、丙\n\n二、丁\n', { filename: 'a.md' })).toEqual([]);
  });
  it('keeps full-width digits in messages and can leave separators alone', async () => {
    const text = '１．甲\n３．乙\n4、丙\n';
    expect((await lintWith(rule, text)).map((m) => m.message)).toContain('编号不连续：“１．”之后是“３．”，缺少“２．”');
    expect((await lintWith(rule, text, { options: { separators: false } })).map((m) => m.message)).toHaveLength(1);
  });
  it.each([[1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [105, '一百零五'], [110, '一百一十'], [123, '一百二十三']])(
    'writes %d as %s',
    (v, s) => expect(chineseNumeral(v)).toBe(s),
  );
});
