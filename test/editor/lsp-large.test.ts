// The language server with very large buffers (issue 19): a buffer above maxFileSize gets a message instead of
// being linted, and a large one is linted off the request path, so other documents and requests are answered
// meanwhile. A real client over stdio, the built server under a memory limit.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers/cli.js';

const MAX = 16 * 1024 * 1024;
const seedText = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'))
  .join('\n');
const repeatTo = (bytes: number) => seedText.repeat(Math.ceil(bytes / Buffer.byteLength(seedText)));

describe('policylint --lsp with very large buffers', () => {
  let dir: string;
  let server: ChildProcess;
  let client: MessageConnection;
  const published: { at: number; params: PublishDiagnosticsParams }[] = [];
  const shown: ShowMessageParams[] = [];
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

  async function diagnosticsFor(uri: string, timeoutMs = 240_000, version?: number) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = published.find((p) => p.params.uri === uri && (version === undefined || p.params.version === version));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  function open(name: string, text: string): string {
    const uri = uriOf(name);
    void client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    return uri;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'policylint-lsp-large-'));
    writeFileSync(join(dir, '.policylintrc.json'), JSON.stringify({ rules: { 'duplicated-word': 'error' }, settings: { maxFileSize: MAX } }));
    server = spawn(process.execPath, ['--max-old-space-size=1536', CLI, '--lsp', '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    client = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    client.onNotification(PublishDiagnosticsNotification.type, (params) => void published.push({ at: published.length, params }));
    client.onNotification(ShowMessageNotification.type, (p) => void shown.push(p));
    client.listen();
    await client.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'docs' }],
      capabilities: {},
      initializationOptions: { debounceMs: 50 },
    });
    void client.sendNotification(InitializedNotification.type, {});
  }, 30_000);

  afterAll(() => {
    if (server && server.exitCode === null) server.kill();
  });

  it('a 28 MB buffer (above maxFileSize) gets one message, not a lint', async () => {
    const uri = open('huge.txt', repeatTo(28 * 1024 * 1024));
    const { params } = await diagnosticsFor(uri);
    expect(params.diagnostics).toHaveLength(1);
    expect(params.diagnostics[0]!.message).toMatch(/^文件大小 \d+ 字节，超过 maxFileSize（16777216 字节），未检查$/);
  }, 120_000);

  it('a large buffer is linted off the request path: a small document and a request are answered first', async () => {
    const bigUri = open('big.txt', `培育发展发展。\n${repeatTo(8 * 1024 * 1024)}`);
    const smallUri = open('small.txt', '推进加强加强监管。\n');
    const small = await diagnosticsFor(smallUri);
    expect(small.params.diagnostics.map((d) => d.code)).toEqual(['duplicated-word']);
    const actions = await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: smallUri },
      range: small.params.diagnostics[0]!.range,
      context: { diagnostics: small.params.diagnostics },
    });
    expect(actions?.length).toBeGreaterThan(0);
    expect(published.some((p) => p.params.uri === bigUri), 'the large buffer was still being linted').toBe(false);
    const big = await diagnosticsFor(bigUri);
    expect(big.at).toBeGreaterThan(small.at);
    expect(big.params.diagnostics[0]).toMatchObject({ code: 'duplicated-word', range: { start: { line: 0, character: 2 } } });
  }, 300_000);

  it('edits to a large buffer while it is being linted: the last version is linted and published, without errors', async () => {
    const uri = open('edited.txt', `推进发展。\n${repeatTo(4 * 1024 * 1024)}`);
    for (let version = 2; version <= 5; version++) {
      // Each edit inserts one more "发展" at the start: version 5 has the word four times over.
      void client.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: '发展' }],
      });
      await new Promise((r) => setTimeout(r, 150));
    }
    const last = await diagnosticsFor(uri, 240_000, 5);
    expect(last.params.diagnostics[0], JSON.stringify(last.params.diagnostics.slice(0, 2))).toMatchObject({ code: 'duplicated-word', range: { start: { line: 0, character: 2 } } });
    expect(shown).toEqual([]);
  }, 300_000);
});
