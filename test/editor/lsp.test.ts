// The language server through a real LSP client over stdio: `node dist/bin/policylint.js --lsp --stdio` spawned, spoken to
// with vscode-jsonrpc and the protocol types of vscode-languageserver, as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowMessageParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/types.js';
import { CLI, ROOT, runCli } from '../helpers/cli.js';

const DEBOUNCE_MS = 150;
const CONFIG = JSON.stringify({ rules: { 'duplicated-word': 'error', 'phase-years': 'error' }, ignores: ['archive/**'] });

describe('policylint --lsp', () => {
  let dir: string;
  let server: ChildProcess;
  let client: MessageConnection;
  let exited: Promise<number | null>;
  const published: PublishDiagnosticsParams[] = [];
  const shown: ShowMessageParams[] = [];
  const registrations: Registration[] = [];
  let waiters: (() => void)[] = [];
  const documents = new Map<string, TextDocument>();

  /** The next publishDiagnostics for `uri` after `since` publications, satisfying `accept`. */
  async function diagnosticsFor(uri: string, since: number, accept: (p: PublishDiagnosticsParams) => boolean = () => true) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = published.slice(since).find((p) => p.uri === uri && accept(p));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}; got ${JSON.stringify(published.slice(since))}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

  function open(name: string, text: string, languageId = 'markdown'): TextDocument {
    const doc = TextDocument.create(uriOf(name), languageId, 1, text);
    documents.set(doc.uri, doc);
    void client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: doc.uri, languageId, version: 1, text } });
    return doc;
  }

  function change(doc: TextDocument, text: string): TextDocument {
    const next = TextDocument.create(doc.uri, doc.languageId, doc.version + 1, text);
    documents.set(doc.uri, next);
    const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
    void client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: doc.uri, version: next.version },
      contentChanges: [{ range: whole, text }],
    });
    return next;
  }

  /** Applies a code action's workspace edit the way an editor does. */
  function apply(doc: TextDocument, action: CodeAction): string {
    const edits = action.edit!.changes![doc.uri]!;
    return TextDocument.applyEdits(doc, edits);
  }

  const text = (doc: TextDocument, d: Diagnostic) => doc.getText(d.range);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'policylint-lsp-'));
    writeFileSync(join(dir, '.policylintrc.json'), CONFIG);
    server = spawn(process.execPath, [CLI, '--lsp', '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    exited = new Promise((resolve) => server.on('exit', resolve));
    client = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    client.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.push(p);
      const current = waiters;
      waiters = [];
      for (const w of current) w();
    });
    client.onNotification(ShowMessageNotification.type, (p) => shown.push(p));
    client.onRequest(RegistrationRequest.type, (p) => {
      registrations.push(...p.registrations);
      return null;
    });
    client.listen();
    const init = await client.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'docs' }],
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true }, codeAction: { dynamicRegistration: false } },
      },
      initializationOptions: { debounceMs: DEBOUNCE_MS },
    });
    expect(init.capabilities.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.policylint'] });
    void client.sendNotification(InitializedNotification.type, {});
  }, 30_000);

  afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    server.kill();
  });

  it('publishes diagnostics on open, at the positions the CLI reports (0-based, UTF-16)', async () => {
    // A character outside the BMP before the finding: two UTF-16 code units, one LSP "character" each.
    const source = '# 规划\n\n𠀀培育发展发展核能。\n';
    const since = published.length;
    const doc = open('plan.md', source);
    const { diagnostics, version } = await diagnosticsFor(doc.uri, since);
    expect(version).toBe(1);
    await new Promise((r) => setTimeout(r, DEBOUNCE_MS * 4));
    expect(published.slice(since).filter((p) => p.uri === doc.uri), 'linted once on open').toHaveLength(1);
    const cli: LintResult[] = JSON.parse(
      (await runCli(['--stdin', '--stdin-filename', 'plan.md', '--format', 'json'], { cwd: dir, stdin: source })).stdout,
    );
    expect(diagnostics.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message, code: d.code }))).toEqual(
      cli[0]!.messages.map((m) => ({ line: m.line, column: m.column, message: m.message, code: m.ruleId })),
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 1, source: 'policylint', code: 'duplicated-word', range: { start: { line: 2, character: 4 } } });
    expect(text(doc, diagnostics[0]!)).toBe('发展发展');
  });

  it('offers the fix as a quick fix; applying it clears the diagnostic', async () => {
    let doc = documents.get(uriOf('plan.md'))!;
    const diagnostic = published.filter((p) => p.uri === doc.uri).at(-1)!.diagnostics[0]!;
    const actions = (await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: doc.uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    })) as CodeAction[];
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'quickfix', isPreferred: true, diagnostics: [{ code: 'duplicated-word' }] });
    const fixed = apply(doc, actions[0]!);
    expect(fixed).toBe('# 规划\n\n𠀀培育发展核能。\n');
    const since = published.length;
    doc = change(doc, fixed);
    const after = await diagnosticsFor(doc.uri, since);
    expect(after).toMatchObject({ version: 2, diagnostics: [] });
  });

  it('debounces changes: quick edits are linted once, at the last version', async () => {
    let doc = documents.get(uriOf('plan.md'))!;
    const since = published.length;
    doc = change(doc, '# 规划\n\n发展发\n');
    doc = change(doc, '# 规划\n\n发展发展\n');
    doc = change(doc, '# 规划\n\n发展发展与改革改革\n');
    const last = await diagnosticsFor(doc.uri, since);
    await new Promise((r) => setTimeout(r, DEBOUNCE_MS * 4));
    expect(published.slice(since).filter((p) => p.uri === doc.uri)).toHaveLength(1);
    expect(last.version).toBe(doc.version);
    expect(last.diagnostics.map((d) => text(doc, d))).toEqual(['发展发展', '改革改革']);
  });

  it('offers "fix all" as a source action', async () => {
    const doc = documents.get(uriOf('plan.md'))!;
    const actions = (await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: doc.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.policylint']);
    expect(apply(doc, actions[0]!)).toBe('# 规划\n\n发展与改革\n');
  });

  it('reports related locations (the two overlapping phases of seed 000)', async () => {
    const seed = readFileSync(join(ROOT, 'seeds/000_515e1a66cf77eeef.txt'), 'utf8');
    const since = published.length;
    const doc = open('seed.txt', seed, 'plaintext');
    const { diagnostics } = await diagnosticsFor(doc.uri, since);
    const phases = diagnostics.find((d) => d.code === 'phase-years')!;
    expect(phases.range.start.line).toBe(38);
    expect(text(doc, phases)).toContain('2017年-2020年');
    expect(phases.relatedInformation).toHaveLength(1);
    const related = phases.relatedInformation![0]!;
    expect(related.location.uri).toBe(doc.uri);
    expect(related.location.range.start.line).toBe(36);
    expect(doc.getText(related.location.range)).toContain('2016年-2017年');
    expect(diagnostics.find((d) => d.code === 'duplicated-word')?.range.start).toEqual({ line: 28, character: 154 });
  });

  it('lints .md, .txt and .html documents and unsaved buffers, nothing else', async () => {
    const since = published.length;
    open('script.js', 'const a = "发展发展";\n', 'javascript');
    const doc = open('notes.txt', '发展发展\n', 'plaintext');
    const page = open('page.html', '<html><body><p>推动改革改革。</p></body></html>\n', 'html');
    const untitled = TextDocument.create('untitled:Untitled-1', 'markdown', 1, '# 草稿\n\n发展发展\n');
    void client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: untitled.uri, languageId: 'markdown', version: 1, text: untitled.getText() } });
    const untitledJs = 'untitled:Untitled-2';
    void client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: untitledJs, languageId: 'javascript', version: 1, text: '发展发展' } });
    await diagnosticsFor(doc.uri, since);
    const html = await diagnosticsFor(page.uri, since);
    expect(html.diagnostics.map((d) => [d.code, text(page, d)])).toEqual([['duplicated-word', '改革改革']]);
    const draft = await diagnosticsFor(untitled.uri, since);
    expect(draft.diagnostics.map((d) => [d.code, d.range.start.line, text(untitled, d)])).toEqual([['duplicated-word', 2, '发展发展']]);
    // The documentation link works on any machine: the rule's page in the repository.
    expect(draft.diagnostics[0]!.codeDescription!.href).toMatch(/^https:\/\/github\.com\/policylint\/policylint\/blob\/v[^/]+\/docs\/rules\/duplicated-word\.md$/);
    await new Promise((r) => setTimeout(r, DEBOUNCE_MS * 2));
    expect(published.slice(since).map((p) => p.uri).sort()).toEqual([doc.uri, page.uri, untitled.uri].sort());
  });

  it('leaves files the config ignores alone', async () => {
    const since = published.length;
    const doc = open('archive/old.md', '发展发展\n');
    expect((await diagnosticsFor(doc.uri, since)).diagnostics).toEqual([]);
  });

  it('reloads the configuration when .policylintrc.json changes', async () => {
    expect(registrations.map((r) => r.method)).toContain('workspace/didChangeWatchedFiles');
    const doc = documents.get(uriOf('plan.md'))!;
    const config = join(dir, '.policylintrc.json');
    const notify = () =>
      client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Changed }] });

    writeFileSync(config, JSON.stringify({ rules: { 'duplicated-word': 'warn' } }));
    let since = published.length;
    await notify();
    const warned = await diagnosticsFor(doc.uri, since);
    expect(warned.diagnostics.map((d) => d.severity)).toEqual([2, 2]);

    // A broken config is shown to the user, and stays shown on the document (an error at its top) until it is
    // repaired; the last findings are kept meanwhile, also through edits.
    writeFileSync(config, JSON.stringify({ rules: { 'duplicated-word': 'eror' } }));
    since = published.length;
    await notify();
    const broken = await diagnosticsFor(doc.uri, since);
    expect(broken.diagnostics.map((d) => d.severity)).toEqual([1, 2, 2]);
    expect(broken.diagnostics[0]!.message).toMatch(/^policylint 配置有误，修好之前不再检查此文档：.*\/rules\/duplicated-word/);
    expect(shown.at(-1)).toMatchObject({ type: 1 });
    expect(shown.at(-1)!.message).toContain('/rules/duplicated-word');
    since = published.length;
    const edited = change(doc, doc.getText() + '\n');
    const stillBroken = await diagnosticsFor(edited.uri, since);
    expect(stillBroken.diagnostics.map((d) => d.severity)).toEqual([1, 2, 2]);

    writeFileSync(config, CONFIG);
    since = published.length;
    await notify();
    expect((await diagnosticsFor(edited.uri, since)).diagnostics.map((d) => d.severity)).toEqual([1, 1]);
  });

  it('shuts down and exits 0 when asked', async () => {
    await client.sendRequest(ShutdownRequest.type);
    await client.sendNotification(ExitNotification.type);
    expect(await exited).toBe(0);
    client.dispose();
  });
});

describe('policylint --lsp with a client that cannot watch files', () => {
  it('watches the workspace folder itself and reloads the configuration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-lsp-watch-'));
    const config = join(dir, '.policylintrc.json');
    writeFileSync(config, CONFIG);
    const server = spawn(process.execPath, [CLI, '--lsp'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const client = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published: PublishDiagnosticsParams[] = [];
    client.onNotification(PublishDiagnosticsNotification.type, (p) => published.push(p));
    const registered: Registration[] = [];
    client.onRequest(RegistrationRequest.type, (p) => void registered.push(...p.registrations));
    client.listen();
    const until = async (ok: () => boolean) => {
      for (const deadline = Date.now() + 10_000; !ok(); await new Promise((r) => setTimeout(r, 50))) {
        if (Date.now() > deadline) throw new Error(`timed out; got ${JSON.stringify(published)}`);
      }
    };
    try {
      await client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
      await client.sendNotification(InitializedNotification.type, {});
      const uri = pathToFileURL(join(dir, 'a.md')).href;
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: '发展发展\n' } });
      await until(() => published.length === 1);
      expect(published[0]!.diagnostics.map((d) => d.severity)).toEqual([1]);

      writeFileSync(config, JSON.stringify({ rules: { 'duplicated-word': 'warn' } }));
      await until(() => published.length === 2);
      expect(published[1]!.diagnostics.map((d) => d.severity)).toEqual([2]);
      expect(registered).toEqual([]);
    } finally {
      client.dispose();
      server.kill();
    }
  });
});

describe('policylint --lsp in a folder with document sets', () => {
  it('compares an open member of a set with the other members on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylint-lsp-sets-'));
    cpSync(join(ROOT, 'fixtures/projects/plan-programme'), dir, { recursive: true });
    const server = spawn(process.execPath, [CLI, '--lsp'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    const client = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published: PublishDiagnosticsParams[] = [];
    client.onNotification(PublishDiagnosticsNotification.type, (p) => published.push(p));
    client.onRequest(RegistrationRequest.type, () => null);
    client.listen();
    try {
      await client.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} });
      await client.sendNotification(InitializedNotification.type, {});
      const plan = join(dir, 'materials/plan.md');
      const uri = pathToFileURL(plan).href;
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(plan, 'utf8') } });
      for (const deadline = Date.now() + 10_000; published.length === 0; await new Promise((r) => setTimeout(r, 50))) {
        if (Date.now() > deadline) throw new Error('no diagnostics');
      }
      const across = published[0]!.diagnostics.filter((d) => d.code === 'goal-consistency');
      expect(across.map((d) => d.message)).toEqual([
        '2025年“新材料产业产值”在programme.txt中为“650亿元”，此处为“600亿元”，两份文件不一致',
        '2025年“规模以上工业企业研发机构覆盖率”在programme.txt中为“70%”，此处为“65%”，两份文件不一致',
      ]);
      expect(across[0]!.relatedInformation![0]!.location).toEqual({
        uri: pathToFileURL(join(dir, 'materials/programme.txt')).href,
        range: { start: { line: 3, character: 16 }, end: { line: 3, character: 21 } },
      });
    } finally {
      client.dispose();
      server.kill();
    }
  });
});
