// A plugin whose one rule does what the test asks (body of create(context)), written into a temp project.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeEvilPlugin(dir: string, createBody: string, opts: { fixable?: boolean } = {}): void {
  writeFileSync(
    join(dir, 'evil.mjs'),
    `export default { name: 'evil', rules: { x: {
      meta: { id: 'x', description: { zh: '测试', en: 'test' }, severity: 'error', fixable: ${opts.fixable ? 'true' : 'false'}, schema: {},
        messages: { m: { zh: '问题', en: 'problem' } } },
      create(context) { ${createBody} } } } };\n`,
  );
  writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ plugins: ['./evil.mjs'], rules: { 'evil/x': 'error' } }));
}
