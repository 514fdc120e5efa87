// The language server (`policylint --lsp`, over stdio): diagnostics for open .md/.txt/.html documents and unsaved
// (untitled:) buffers, members of a document set compared with the other members on disk, quick fixes for
// fixable findings, and the configuration reloaded when a .policylintrc.json or .policylintignore changes.
// Linting is the Node API's Linter; this module only translates between it and the protocol.
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigSet } from '../config/config-set.js';
import { Linter } from '../engine/linter.js';
import { checksDocumentSets, withDocumentSets } from '../engine/lint-run.js';
import { ignoreFilter } from '../files/find.js';
import type { LintMessage, Locale } from '../types.js';
import { toDiagnostic } from './diagnostics.js';
import { DocumentLinter, LintCancelled } from './document-linter.js';

/** Client settings, from `initializationOptions`. */
interface ServerOptions {
  /** Milliseconds to wait after the last change before linting (default 300). */
  debounceMs?: number;
  locale?: Locale;
}

const LINTED = /\.(md|markdown|txt|html?)$/i;
/** An unsaved buffer is linted as a file of this kind in the workspace folder (so that the config applies). */
const UNTITLED_EXTENSIONS: Record<string, string> = { markdown: '.md', plaintext: '.txt', html: '.html' };
const CONFIG_FILES = /(^|[\\/])(\.policylintrc\.json|\.policylintignore)$/;
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policylint`;

interface Engine {
  linter: Linter;
  /** Whether results need the document-set check (the config has `documentSets`). */
  sets: boolean;
  fixer: Linter;
  /** Lints buffers, the large ones in a worker thread, refusing those above maxFileSize. */
  documents: DocumentLinter;
  isIgnored: (file: string) => boolean;
}

/** Starts the server on stdin/stdout; resolves when the client closes the connection. */
export function runLanguageServer(): Promise<number> {
  const connection = createConnection(process.stdin, process.stdout);
  // stdout carries the protocol: anything logged must go elsewhere.
  console.log = console.info = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  // An editor's server must outlive its own mistakes: log them instead of dying.
  process.on('unhandledRejection', (reason) => connection.console.error(`policylint: ${String(reason)}`));
  new PolicylintServer(connection).listen();
  return new Promise((done) => connection.onExit(() => done(0)));
}

class PolicylintServer {
  private readonly documents = new TextDocuments(TextDocument);
  private root = process.cwd();
  private options: ServerOptions = {};
  private engine: Promise<Engine | undefined> | undefined;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly justOpened = new Set<string>();
  /** The messages last published for each document, with the version they belong to (for code actions). */
  private readonly findings = new Map<string, { version: number; messages: LintMessage[] }>();
  /** Why the configuration cannot be loaded; shown on every open document until it is repaired. */
  private configError: string | undefined;

  constructor(private readonly connection: Connection) {}

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.watchConfigFiles());
    // TextDocuments reports an open as a change too: lint an opened document at once, later changes debounced.
    documents.onDidOpen(({ document }) => this.justOpened.add(document.uri));
    documents.onDidChangeContent(({ document }) => {
      if (this.justOpened.delete(document.uri)) void this.lint(document);
      else this.lintSoon(document);
    });
    documents.onDidClose(({ document }) => {
      clearTimeout(this.timers.get(document.uri));
      this.timers.delete(document.uri);
      this.findings.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    connection.onDidChangeWatchedFiles(({ changes }) => {
      if (changes.some((c) => CONFIG_FILES.test(c.uri))) void this.reload();
    });
    connection.onCodeAction(({ textDocument, range, context }) => this.codeActions(textDocument.uri, range, context.only));
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) this.root = fileURLToPath(folder);
    else if (params.rootPath) this.root = params.rootPath;
    this.options = (params.initializationOptions ?? {}) as ServerOptions;
    this.watchesDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'policylint' },
    };
  }

  private watchesDynamically = false;
  private fsWatcher: FSWatcher | undefined;

  /** Asks the client to report changes of config and ignore files (editors watch files; servers should not). */
  private watchConfigFiles(): void {
    if (this.watchesDynamically) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.policylintrc.json' }, { globPattern: '**/.policylintignore' }],
      });
      return;
    }
    // A client that cannot watch files for us: watch the workspace folder itself (not its subfolders).
    try {
      let pending: NodeJS.Timeout | undefined;
      this.fsWatcher = watch(this.root, (_event, name) => {
        if (!name || !CONFIG_FILES.test(String(name))) return;
        clearTimeout(pending);
        pending = setTimeout(() => void this.reload(), 50);
      });
      this.fsWatcher.on('error', () => this.fsWatcher?.close());
      this.connection.onShutdown(() => this.fsWatcher?.close());
    } catch {
      // No such folder or no watching here: the config is read once.
    }
  }

  private loadEngine(): Promise<Engine | undefined> {
    return (this.engine ??= (async () => {
      const base = { cwd: this.root, locale: this.options.locale };
      try {
        const probe = await Linter.create(base);
        const sets = checksDocumentSets(probe, false);
        const linter = sets ? Linter.withConfigs(probe.configs, { ...base, collectFacts: true }) : probe;
        const fixer = Linter.withConfigs(probe.configs, { ...base, fix: true });
        const configs: ConfigSet = linter.configs;
        const isIgnored = ignoreFilter({ cwd: this.root, baseDir: configs.baseDir, ignores: configs.ignores });
        this.configError = undefined;
        return { linter, sets, fixer, documents: new DocumentLinter(base, linter, fixer), isIgnored };
      } catch (error) {
        this.configError = (error as Error).message;
        this.showError(`policylint: ${this.configError}`);
        return undefined;
      }
    })());
  }

  /** A notification, not a request: nothing waits for the user to dismiss it. */
  private showError(message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
  }

  private async reload(): Promise<void> {
    const previous = this.engine;
    this.engine = undefined;
    void previous?.then((engine) => engine?.documents.dispose());
    await Promise.all(this.documents.all().map((d) => this.lint(d)));
  }

  private lintSoon(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    const timer = setTimeout(() => {
      this.timers.delete(document.uri);
      void this.lint(document);
    }, this.options.debounceMs ?? 300);
    this.timers.set(document.uri, timer);
  }

  /** The path a document is linted as: its own, or for an unsaved buffer a name in the workspace folder. */
  private filePath(document: Pick<TextDocument, 'uri' | 'languageId'>): string | undefined {
    const { uri } = document;
    if (uri.startsWith('untitled:')) {
      const extension = UNTITLED_EXTENSIONS[document.languageId];
      if (!extension) return undefined;
      const name = decodeURIComponent(uri.slice('untitled:'.length)).replace(/[\\/:]/g, '_') || 'untitled';
      return join(this.root, LINTED.test(name) ? name : `${name}${extension}`);
    }
    if (!uri.startsWith('file:')) return undefined;
    const path = fileURLToPath(uri);
    return LINTED.test(path) ? path : undefined;
  }

  private async lint(document: TextDocument): Promise<void> {
    const path = this.filePath(document);
    if (!path) return;
    const engine = await this.loadEngine();
    if (!this.documents.get(document.uri)) return;
    // TextDocuments updates a document in place: the version and text linted are those of now, and a result
    // that comes back after another edit (large buffers are linted in a worker) is dropped, not published.
    const version = document.version;
    // While the config is broken the last findings stay (positions may have moved a little), with an error
    // that says why nothing is checked; a run that fails keeps them too.
    let messages = this.findings.get(document.uri)?.messages ?? [];
    if (engine && !engine.isIgnored(path)) {
      try {
        let result = await engine.documents.lintText(document.getText(), path);
        if (engine.sets) [result] = await withDocumentSets(engine.linter, { cwd: this.root, locale: this.options.locale, collectFacts: true }, [result], { patterns: [], concurrency: 1, cwd: this.root });
        messages = result.messages;
      } catch (error) {
        if (error instanceof LintCancelled) return;
        this.showError(`policylint crashed on ${path}: ${(error as Error).message}`);
      }
    } else if (engine) {
      messages = [];
    }
    if (this.documents.get(document.uri)?.version !== version) return;
    this.findings.set(document.uri, { version: engine ? version : -1, messages });
    const diagnostics: Diagnostic[] = messages.map((m) => toDiagnostic(m, document, engine?.linter.registry));
    if (!engine && this.configError) diagnostics.unshift(configErrorDiagnostic(this.configError, this.options.locale));
    await this.connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
  }

  private async codeActions(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, only?: string[]): Promise<CodeAction[]> {
    const document = this.documents.get(uri);
    const found = this.findings.get(uri);
    if (!document || !found || found.version !== document.version) return [];
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const registry = (await this.loadEngine())?.linter.registry;
    if (wants(CodeActionKind.QuickFix)) {
      for (const m of found.messages) {
        if (!m.fix || m.endOffset < start || m.offset > end) continue;
        actions.push({
          title: `${m.ruleId ? `${m.ruleId}: ` : ''}${m.message}`,
          kind: CodeActionKind.QuickFix,
          isPreferred: true,
          diagnostics: [toDiagnostic(m, document, registry)],
          edit: {
            changes: {
              [uri]: [{ range: { start: document.positionAt(m.fix.range[0]), end: document.positionAt(m.fix.range[1]) }, newText: m.fix.text }],
            },
          },
        });
      }
    }
    if (wants(FIX_ALL_KIND) && found.messages.some((m) => m.fix)) {
      const path = this.filePath(document)!;
      const engine = await this.loadEngine();
      // The fixed text replaces the whole buffer: only if the buffer is still the one that was fixed.
      const { version } = document;
      const text = document.getText();
      const output = engine && (await engine.documents.lintText(text, path, true)).output;
      if (output !== undefined && document.version === version) {
        actions.push({
          title: 'policylint: fix all auto-fixable problems',
          kind: FIX_ALL_KIND,
          edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, newText: output }] } },
        });
      }
    }
    return actions;
  }
}

/** A diagnostic at the top of each open document while the configuration cannot be loaded. */
function configErrorDiagnostic(error: string, locale: Locale | undefined): Diagnostic {
  const message =
    locale === 'en'
      ? `policylint is not checking this document: the configuration has an error. ${error}`
      : `policylint 配置有误，修好之前不再检查此文档：${error}`;
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'policylint', message };
}
