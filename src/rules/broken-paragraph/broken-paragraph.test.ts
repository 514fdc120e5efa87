import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from './index.js';
import { ROOT } from '../../../test/helpers/cli.js';
import { lintWith, readFixture } from '../../../test/helpers/rule-tester.js';

const dir = join(ROOT, 'src/rules/broken-paragraph/fixtures');

describe('broken-paragraph fixtures', () => {
  it('reports one split over three paragraphs once, spanning them, at the first', async () => {
    const { text } = readFixture(join(dir, 'split.md'));
    const [m, ...rest] = await lintWith(rule, text, { filename: 'split.md' });
    expect(rest).toEqual([]);
    expect(m!.message).toBe('一句话被拆成3段（“…听取和审议了国务院总理李强所作的”接“。会议充分肯定国务院过去…”），疑似导出时断行');
    expect([m!.line, m!.endLine]).toEqual([3, 7]);
    expect(m!.severity).toBe(2);
  });

  it('has English messages', async () => {
    const [m] = await lintWith(rule, '谋划建设11个特色产业园。\n区再造”相辅相成的江门实践，成效显著。\n', { locale: 'en' });
    expect(m!.message).toBe('The paragraph starts mid-sentence ("区再造”相辅相成的江门实…"): text before it seems missing');
  });
});
