// Every formatter on one fixed fixture, through the real CLI; SARIF validated against the SARIF 2.1.0 schema.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const BASIC = join(ROOT, 'fixtures/projects/basic');
const ARGS = ['docs', 'drafts'];

/** Machine-specific paths replaced so that snapshots hold on any checkout. */
const normalise = (s: string) =>
  s.replaceAll(pathToFileURL(ROOT).href.replace(/\/$/, ''), 'file://<root>').replaceAll(ROOT.replace(/\/$/, ''), '<root>');

describe.each(['stylish', 'compact', 'json', 'sarif', 'github'])('--format %s', (format) => {
  it('matches the snapshot', async () => {
    const r = await runCli([...ARGS, '--format', format], { cwd: BASIC });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    // Outside CI vitest writes a missing snapshot and passes, whatever the output: a lost or renamed file
    // must fail here instead (`npx vitest run -u` writes it on purpose, to be reviewed).
    const snapshot = `__snapshots__/basic.${format}.txt`;
    if (expect.getState().snapshotState.snapshotUpdateState !== 'all') {
      expect(existsSync(join(import.meta.dirname, snapshot)), `${snapshot} is missing`).toBe(true);
    }
    await expect(normalise(r.stdout)).toMatchFileSnapshot(snapshot);
  });
});

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 on the seeds', async () => {
    const require = createRequire(import.meta.url);
    const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    // The published schema has a pattern that is invalid in unicode mode.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    // The formats the SARIF schema uses, checked (ajv alone only warns that it does not know them).
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///'));
    ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)));
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const r = await runCli(['--format', 'sarif', 'seeds']);
    const log = JSON.parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const run = log.runs[0];
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^seeds\/\d{3}_[0-9a-f]+\.txt$/);
      expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    }
  });
});
