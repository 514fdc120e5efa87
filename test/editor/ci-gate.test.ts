// The CI examples run for real: the commands of examples/github-workflow.yml on a document repo, and
// examples/pre-commit installed as a git hook in a fresh repository.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers/cli.js';

const WORKFLOW = readFileSync(join(ROOT, 'examples/github-workflow.yml'), 'utf8');
const HOOK = join(ROOT, 'examples/pre-commit');
const POLICYLINT = `"${process.execPath}" "${CLI}"`;

/** The policylint command lines of the workflow's `run:` steps, in order. */
const workflowCommands = WORKFLOW.split('\n')
  .map((line) => line.replace(/^\s*(- )?(run: )?/, '').trim())
  .filter((line) => line.startsWith('npx policylint'));

function docRepo(docs: Record<string, string>, rules?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylint-ci-'));
  mkdirSync(join(dir, 'docs'));
  const config = { extends: 'policylint:recommended', files: ['docs/**'], ...(rules && { rules }) };
  writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify(config));
  for (const [name, text] of Object.entries(docs)) writeFileSync(join(dir, 'docs', name), text);
  return dir;
}

function sh(command: string, cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const runStep = (command: string, cwd: string) => sh(command.replace(/^npx policylint/, POLICYLINT), cwd);
const seed = (name: string) => readFileSync(join(ROOT, 'seeds', name), 'utf8');

/** Seed 003 without its closing 来源： line (the page's source line, which web-residue rightly reports). */
const clean003 = (): string => seed('003_7c3a331e4b8e7433.txt').replace(/\n[^\n]*来源：[^\n]*\n?$/, '\n');

describe('examples/github-workflow.yml', () => {
  const [gate, sarif, html] = workflowCommands;

  it('runs the gate, a SARIF report and an HTML report', () => {
    expect(workflowCommands).toHaveLength(3);
    expect(gate).toContain('--format github');
    expect(gate).toContain('--max-warnings 0');
    expect(sarif).toContain('--format sarif');
    expect(html).toContain('--format html');
  });

  it('the gate fails with one annotation per finding on a repo with defects', () => {
    const dir = docRepo({ 'plan.txt': seed('000_515e1a66cf77eeef.txt'), 'clean.txt': clean003() });
    const r = runStep(gate!, dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const json = JSON.parse(sh(`${POLICYLINT} --format json`, dir).stdout) as { messages: unknown[] }[];
    expect(lines).toHaveLength(json.reduce((n, f) => n + f.messages.length, 0));
    for (const line of lines) {
      expect(line).toMatch(/^::(error|warning) file=docs\/plan\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/);
    }
    expect(r.stdout).toContain('title=duplicated-word::');
  });

  it('the gate fails on warnings too, and passes a clean repo', () => {
    const warned = docRepo({ 'a.txt': '推动发展发展。\n' }, { 'duplicated-word': 'warn' });
    const r = runStep(gate!, warned);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::warning file=docs\/a\.txt,line=1,col=\d+,.*title=duplicated-word::/);
    expect(r.stderr).toContain('警告过多（上限 0 个）');

    const clean = docRepo({ 'clean.txt': clean003() });
    expect(runStep(gate!, clean)).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('the report steps write the files the upload steps name, without failing the job', () => {
    const dir = docRepo({ 'plan.txt': seed('000_515e1a66cf77eeef.txt') });
    expect(runStep(sarif!, dir).code).toBe(0);
    expect(runStep(html!, dir).code).toBe(0);
    const sarifFile = /sarif_file: (\S+)/.exec(WORKFLOW)![1]!;
    const htmlFile = /path: (\S+\.html)/.exec(WORKFLOW)![1]!;
    const log = JSON.parse(readFileSync(join(dir, sarifFile), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, htmlFile), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});

describe('examples/pre-commit', () => {
  function repo(): { dir: string; git: (...args: string[]) => ReturnType<typeof sh> } {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-hook-'));
    const git = (...args: string[]) =>
      sh(`git ${args.map((a) => `'${a}'`).join(' ')}`, dir, {
        // The hook splits POLICYLINT on spaces (no quoting).
        POLICYLINT: `${process.execPath} ${CLI}`,
        GIT_AUTHOR_NAME: 'Editor', GIT_AUTHOR_EMAIL: 'editor@example.org',
        GIT_COMMITTER_NAME: 'Editor', GIT_COMMITTER_EMAIL: 'editor@example.org',
      });
    git('init', '-q');
    copyFileSync(HOOK, join(dir, '.git/hooks/pre-commit'));
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ extends: 'policylint:recommended' }));
    git('add', '.policylintrc.json');
    expect(git('commit', '-q', '-m', 'config').code).toBe(0);
    return { dir, git };
  }

  it('refuses a commit whose staged documents have findings', () => {
    const { dir, git } = repo();
    writeFileSync(join(dir, '发展规划.md'), '# 规划\n\n培育发展发展核能。\n');
    git('add', '发展规划.md');
    const r = git('commit', '-m', 'draft');
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('发展规划.md');
    expect(r.stdout + r.stderr).toContain('“发展”重复');
    expect(r.stderr).toContain('policylint: commit refused');
  });

  it('lints only staged files, and their staged version', () => {
    const { dir, git } = repo();
    // Not staged at all: never looked at.
    writeFileSync(join(dir, 'unstaged.txt'), '推动发展发展。\n');
    // Not a document: never looked at.
    writeFileSync(join(dir, 'script.js'), '// 发展发展\n');
    // Staged clean, then edited badly without staging: the commit holds the clean version.
    writeFileSync(join(dir, 'plan.txt'), '推动发展。\n');
    git('add', 'plan.txt', 'script.js');
    writeFileSync(join(dir, 'plan.txt'), '推动发展发展。\n');
    expect(git('commit', '-q', '-m', 'clean').code).toBe(0);

    // The reverse: a bad version staged, then repaired in the working copy only: refused.
    git('add', 'plan.txt');
    writeFileSync(join(dir, 'plan.txt'), '推动发展。\n');
    const r = git('commit', '-q', '-m', 'bad');
    expect(r.code).not.toBe(0);
    // git shows a hook's output on stderr.
    const shown = r.stdout + r.stderr;
    expect(shown).toContain('plan.txt');
    expect(existsSync(join(dir, 'unstaged.txt'))).toBe(true);
    expect(shown).not.toContain('unstaged.txt');
    expect(shown).not.toContain('script.js');
  });
  it('checks staged .html and .docx files too, as the folder search does', async () => {
    const { writePlan } = await import('../formats/word-fixture.js');
    const { dir, git } = repo();
    writeFileSync(join(dir, 'notice.html'), '<html><body><p>推动改革改革。</p></body></html>\n');
    await writePlan(join(dir, 'plan.docx'));
    git('add', 'notice.html', 'plan.docx');
    const r = git('commit', '-m', 'word and web');
    expect(r.code).not.toBe(0);
    const shown = r.stdout + r.stderr;
    expect(shown).toContain('notice.html');
    expect(shown).toContain('“改革”重复');
    expect(shown).toContain('plan.docx');
    expect(shown).toContain('“发展”重复');
  });

  it('compares a staged member of a document set with the committed one', () => {
    const { dir, git } = repo();
    cpSync(join(ROOT, 'fixtures/projects/plan-programme/.policylintrc.json'), join(dir, '.policylintrc.json'));
    mkdirSync(join(dir, 'materials'));
    copyFileSync(join(ROOT, 'fixtures/projects/plan-programme/materials/plan.md'), join(dir, 'materials/plan.md'));
    git('add', '.policylintrc.json', 'materials/plan.md');
    expect(git('commit', '-q', '--no-verify', '-m', 'plan').code).toBe(0);
    copyFileSync(join(ROOT, 'fixtures/projects/plan-programme/materials/programme.txt'), join(dir, 'materials/programme.txt'));
    git('add', 'materials/programme.txt');
    const r = git('commit', '-m', 'programme');
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('2025年“新材料产业产值”在plan.md中为“600亿元”，此处为“650亿元”，两份文件不一致');
  });
});
