import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { lintWith } from '../../../test/helpers/rule-tester.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('count-mismatch', () => {

  it('points at the count, with the items as the related place', async () => {
    const text = '重点发展水暖卫浴、纺织服装、五金制品四大领域。';
    const [m] = await lintWith(rule, text);
    expect(text.slice(m!.offset, m!.endOffset)).toBe('四大');
    expect(text.slice(m!.related![0]!.offset, m!.related![0]!.endOffset)).toBe('重点发展水暖卫浴、纺织服装、五金制品');
    expect(m!.properties).toEqual({ stated: 4, listed: 3, form: 'before' });
    expect((await lintWith(rule, text, { locale: 'en' }))[0]!.message).toBe('Says "四大领域" but lists 3 items');
  });

  it('a 和 inside the last name leaves two readings; a count outside both is reported with both', async () => {
    expect(await lintWith(rule, '发展电子陶瓷、人工晶体和稀土材料两大领域。')).toEqual([]);
    expect(await lintWith(rule, '发展电子陶瓷、人工晶体和稀土材料三大领域。')).toEqual([]);
    expect((await lintWith(rule, '发展电子陶瓷、人工晶体和稀土材料五大领域。')).map((m) => m.message)).toEqual(['称“五大领域”，但列出了2～3项']);
  });

  it('finds nothing in the seeds (六个一, 5个500亿级产业链, 三大千亿产业, 四大行动 all agree)', async () => {
    for (const seed of readdirSync(path.join(root, 'seeds'))) {
      expect(await lintWith(rule, readFileSync(path.join(root, 'seeds', seed), 'utf8'), { filename: seed })).toEqual([]);
    }
  });
});
