// The HTML report in a real browser: Debian's headless Chromium driven by playwright-core, opened from file://.
// Without /usr/bin/chromium the test is skipped (it installs nothing), except under CI (CI set), where it fails:
// .ci/run installs Chromium, and a CI that lost it must not pass without the browser test.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/types.js';
import { ROOT, runCli } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = join(ROOT, 'test-output/html-report');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI runs the HTML report in Chromium (.ci/run installs it)`);
if (!haveChromium) console.warn(`html report browser test skipped: ${CHROMIUM} not found (apt-get install chromium)`);

const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

describe.skipIf(!haveChromium)('--format html in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let results: LintResult[];
  const requests: string[] = [];
  const errors: string[] = [];

  /** Opens a report from file://, recording any request that is not for the report itself. */
  async function open(file: string): Promise<void> {
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
  }

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const report = await runCli(['seeds', '--format', 'html', '-o', join(OUT, 'seeds.html')]);
    expect(report.code).toBe(1);
    expect(report.stderr).toBe('');
    results = JSON.parse((await runCli(['seeds', '--format', 'json'])).stdout);
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'policylint-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: LAUNCH_ARGS,
      viewport: { width: 1200, height: 900 },
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  it('shows the totals and a summary by rule and by file', async () => {
    await open(join(OUT, 'seeds.html'));
    const errorsTotal = results.reduce((n, r) => n + r.errorCount, 0);
    expect(await page.locator('.total.err b').textContent()).toBe(String(errorsTotal));
    const byRule = new Map<string, number>();
    for (const m of results.flatMap((r) => r.messages)) byRule.set(m.ruleId!, (byRule.get(m.ruleId!) ?? 0) + 1);
    for (const [rule, count] of byRule) {
      const cells = await page.locator(`table.by-rule tr[data-rule="${rule}"] td.num`).allTextContents();
      expect(Number(cells[0]) + Number(cells[1]), rule).toBe(count);
    }
    expect(await page.locator('table.by-file tbody tr').count()).toBe(results.length);
    // 001's spam finding carries its kind, shown as a badge in the rule summary in the message language.
    expect(await page.locator('table.by-rule tr[data-rule="injected-content"] .badge.kind').textContent()).toMatch(/^垃圾信息 × \d+$/);
  });

  it('highlights every finding in place, with its message as hover text', async () => {
    await open(join(OUT, 'seeds.html'));
    let checked = 0;
    for (const result of results.filter((r) => r.messages.length > 0)) {
      const section = page.locator(`section.document[data-file="${result.filePath.slice(ROOT.length)}"]`);
      const id = await section.getAttribute('id');
      const source = readFileSync(result.filePath, 'utf8');
      expect(await section.locator('tr.finding').count()).toBe(result.messages.length);
      for (const [j, m] of result.messages.entries()) {
        const marks = section.locator(`mark[data-findings~="m${j}"]`);
        const shown = (await marks.allTextContents()).join('');
        expect(shown, `${id} m${j}`).toBe(source.slice(m.offset, m.endOffset).replace(/\r?\n/g, ''));
        expect(await marks.first().getAttribute('title')).toContain(m.message);
        expect(await section.locator(`#${id}-m${j}`).count()).toBe(1);
        checked++;
      }
    }
    expect(checked).toBe(results.reduce((n, r) => n + r.messages.length, 0));
    const doubled = page.locator('mark.sev2', { hasText: '发展发展' });
    expect(await doubled.count()).toBe(1);
  });

  it('links a finding to its related location and back (the two overlapping phases)', async () => {
    await open(join(OUT, 'seeds.html'));
    const withRelated = results.flatMap((r) => r.messages.map((m, j) => ({ r, m, j }))).find(({ m }) => m.related?.length);
    expect(withRelated, 'the seeds have a finding with a related location (phase-years)').toBeDefined();
    const { r, m, j } = withRelated!;
    const section = page.locator(`section.document[data-file="${r.filePath.slice(ROOT.length)}"]`);
    const id = await section.getAttribute('id');
    await section.locator(`mark[data-findings~="m${j}"] a`).first().click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}-m${j}-r0`);
    const related = section.locator(`mark[data-findings~="m${j}-r0"]`);
    const source = readFileSync(r.filePath, 'utf8');
    expect((await related.allTextContents()).join('')).toBe(source.slice(m.related![0]!.offset, m.related![0]!.endOffset));
    expect(await related.first().getAttribute('title')).toContain(m.related![0]!.message);
    await related.locator('a').first().click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}-m${j}`);
    // The list of findings links there too.
    expect(await section.locator(`#${id}-i${j} a.related`).getAttribute('href')).toBe(`#${id}-m${j}-r0`);

    await page.locator(`#${id}-L27`).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(OUT, 'html-report-document.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, 'html-report-summary.png') });
  });

  it('loads nothing from the network and runs no script', async () => {
    await open(join(OUT, 'seeds.html'));
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('script, img, iframe, link, object, embed').count()).toBe(0);
  });

  it('speaks English with --locale en', async () => {
    const file = join(OUT, 'seeds.en.html');
    await runCli(['seeds', '--format', 'html', '--locale', 'en', '-o', file]);
    await open(file);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('policylint report');
    expect(await page.locator('table.by-rule th').first().textContent()).toBe('rule');
  });

  it('shows markup from a document as text and never runs it', async () => {
    const file = join(OUT, 'hostile.html');
    const r = await runCli(['fixtures/editor/hostile.md', '--no-config', '--format', 'html', '-o', file]);
    expect(r.code).toBe(1);
    await open(file);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('main script, main img, main svg').count()).toBe(0);
    const text = await page.locator('section.document .source').innerText();
    expect(text).toContain('<script>window.pwned = 1</script>');
    expect(text).toContain('<img src="x" onerror="window.pwned = 2">');
    expect(text).toContain('&lt;b&gt;');
    // Bidi and zero-width characters are shown as code points instead of reordering or hiding text.
    expect(text).toContain('方向U+202E颠倒U+202C的文字，零宽U+200B空格。');
    expect(await page.locator('mark.sev2 .inv', { hasText: 'U+202E' }).count()).toBe(1);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
