// Configuration errors name the file, the JSON path, what was expected and what was found.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSet } from '../../src/config/config-set.js';
import { ROOT, runCli } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'fixtures/plugins/example/index.js');
const BROKEN = join(ROOT, 'fixtures/plugins/broken');

function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-config-'));
  writeFileSync(join(dir, '.policylintrc.json'), config);
  return dir;
}

const loadError = async (config: string) =>
  ConfigSet.load({ cwd: project(config) }).then(
    () => 'no error',
    (e: Error) => e.message,
  );

describe('config errors', () => {
  it('malformed JSON: line and column', async () => {
    expect(await loadError('{\n  "rules": {\n    "duplicated-word": "error",\n  }\n}')).toBe(
      '.policylintrc.json:4:3: invalid JSON: PropertyNameExpected',
    );
  });

  it('unknown top-level key', async () => {
    expect(await loadError('{ "rule": {} }')).toBe('.policylintrc.json: /rule: unknown key "rule"');
  });

  it('wrong type', async () => {
    expect(await loadError('{ "files": "seeds/**" }')).toBe('.policylintrc.json: /files: expected array, found "seeds/**"');
  });

  it('bad severity', async () => {
    expect(await loadError('{ "rules": { "duplicated-word": "eror" } }')).toBe(
      '.policylintrc.json: /rules/duplicated-word: expected one of "off", "warn", "error", found "eror"',
    );
  });

  it('unknown rule id, with a suggestion', async () => {
    expect(await loadError('{ "rules": { "duplicate-word": "error" } }')).toBe(
      '.policylintrc.json: /rules/duplicate-word: unknown rule "duplicate-word" (did you mean "duplicated-word"?)',
    );
  });

  it('invalid rule options, by the rule\'s own schema', async () => {
    expect(await loadError('{ "rules": { "duplicated-word": ["error", { "alow": ["的的"] }] } }')).toBe(
      '.policylintrc.json: /rules/duplicated-word/1/alow: unknown key "alow" (options of rule "duplicated-word")',
    );
    expect(await loadError('{ "rules": { "duplicated-word": ["error", { "allow": "的的" }] } }')).toBe(
      '.policylintrc.json: /rules/duplicated-word/1/allow: expected array, found "的的" (options of rule "duplicated-word")',
    );
  });

  it('unknown settings key and wrong settings type', async () => {
    expect(await loadError('{ "settings": { "quantity": { "nearDelta": "10%" } } }')).toBe(
      '.policylintrc.json: /settings/quantity/nearDelta: expected number, found "10%"',
    );
    expect(await loadError('{ "settings": { "tolerance": 1 } }')).toBe('.policylintrc.json: /settings/tolerance: unknown key "tolerance"');
  });

  it('unknown preset', async () => {
    expect(await loadError('{ "extends": "policylint:recomended" }')).toMatch(
      /^\.policylintrc\.json: \/extends: unknown preset "policylint:recomended" \(known: policylint:recommended, policylint:gongwen, policylint:all\)$/,
    );
  });

  it('overrides need files', async () => {
    expect(await loadError('{ "overrides": [{ "rules": {} }] }')).toBe(
      '.policylintrc.json: /overrides/0: missing required key "files"',
    );
  });

  it('plugin not found, throwing on load, or of the wrong shape', async () => {
    expect(await loadError('{ "plugins": ["./nope.js"] }')).toBe('.policylintrc.json: /plugins/0: plugin "./nope.js" file not found');
    expect(await loadError('{ "plugins": ["nonexistent"] }')).toMatch(
      /^\.policylintrc\.json: \/plugins\/0: plugin "nonexistent" not found \(looked for "policylint-plugin-nonexistent", "nonexistent" from /,
    );
    expect(await loadError(`{ "plugins": ["${join(BROKEN, 'throws.js')}"] }`)).toBe(
      `.policylintrc.json: /plugins/0: plugin "${join(BROKEN, 'throws.js')}" failed to load: cannot initialise lexicon`,
    );
    expect(await loadError(`{ "plugins": ["${join(BROKEN, 'wrong-shape.js')}"] }`)).toBe(
      `.policylintrc.json: /plugins/0: plugin "${join(BROKEN, 'wrong-shape.js')}" has the wrong shape: expected an object "rules"`,
    );
  });

  it('exit 2 through the CLI, message on stderr', async () => {
    const dir = project('{ "rules": { "duplicated-word": "eror" } }');
    const r = await runCli(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'policylint: .policylintrc.json: /rules/duplicated-word: expected one of "off", "warn", "error", found "eror"\n',
    );
  });

  it('--rule with an unknown id is an error too', async () => {
    const r = await runCli(['seeds', '--rule', 'no-such-rule:error']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rule/no-such-rule: unknown rule "no-such-rule"');
  });
});

describe('resolution', () => {
  it('no config file anywhere means policylint:recommended', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-none-'));
    const set = await ConfigSet.load({ cwd: dir });
    expect(set.filePath).toBeNull();
    expect(set.forFile(join(dir, 'a.md')).rules.map((r) => r.id)).toContain('duplicated-word');
  });

  it('a config without extends has only its own rules; a bare severity keeps preset options', async () => {
    const dir = project(JSON.stringify({ plugins: [EXAMPLE], rules: { 'example/max-sentence-length': 'error' } }));
    const rules = (await ConfigSet.load({ cwd: dir })).forFile(join(dir, 'a.txt')).rules;
    expect(rules.map((r) => [r.id, r.severity, r.options])).toEqual([['example/max-sentence-length', 2, { max: 120 }]]);
  });

  it('overrides apply to matching files only, and --rule wins over both', async () => {
    const dir = project(
      JSON.stringify({
        plugins: [EXAMPLE],
        extends: 'example:recommended',
        overrides: [{ files: ['drafts/**'], excludedFiles: 'drafts/final/**', rules: { 'example/no-placeholder': 'off' } }],
      }),
    );
    const set = await ConfigSet.load({ cwd: dir, ruleOverrides: { 'example/max-sentence-length': 'off' } });
    const ids = (f: string) => set.forFile(join(dir, f)).rules.map((r) => r.id);
    expect(ids('a.txt')).toEqual(['example/no-placeholder']);
    expect(ids('drafts/a.txt')).toEqual([]);
    expect(ids('drafts/final/a.txt')).toEqual(['example/no-placeholder']);
  });

  it('settings merge deeply from preset to file to override', async () => {
    const dir = project(
      JSON.stringify({
        settings: { quantity: { nearDelta: 0.2 }, injection: { allowDomains: ['example.org'] } },
        overrides: [{ files: '*.md', settings: { quantity: { approxUnits: 1 } } }],
      }),
    );
    const set = await ConfigSet.load({ cwd: dir });
    expect(set.forFile(join(dir, 'a.md')).settings).toEqual({
      quantity: { nearDelta: 0.2, approxUnits: 1 },
      injection: { allowDomains: ['example.org'] },
    });
  });
});
