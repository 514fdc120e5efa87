// Lints editor buffers for the language server. Large ones go to a worker thread, so that the server keeps
// answering (code actions, other documents, edits) while a 28 MB buffer is linted; buffers above maxFileSize
// are not linted at all, with a message on the document, as the CLI refuses such files.
import { Worker } from 'node:worker_threads';
import { DEFAULT_MAX_FILE_SIZE, fileMessage, type Linter, type LintOptions } from '../engine/linter.js';
import { toResult } from '../engine/lint-document.js';
import { coreMessage } from '../engine/messages.js';
import { packagePath } from '../package-root.js';
import type { LintResult } from '../types.js';
import type { LintRequest, LintReply } from './lint-worker.js';

/** Buffers up to this many characters are linted in the server's thread (a few milliseconds each). */
export const IN_THREAD_LIMIT = 512 * 1024;

/** A lint dropped because the configuration was reloaded: the document is linted again, nothing to report. */
export class LintCancelled extends Error {}

export class DocumentLinter {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (r: LintResult) => void; reject: (e: Error) => void }>();
  private readonly queues = new Map<string, { waiting?: LintRequest }>();
  private readonly afterReply = new Map<number, () => void>();
  private nextId = 0;

  constructor(
    private readonly options: LintOptions,
    private readonly linter: Linter,
    private readonly fixer: Linter,
  ) {}

  async lintText(text: string, filePath: string, fix = false): Promise<LintResult> {
    const config = this.linter.configs.forFile(filePath);
    const max = config.settings.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    // UTF-8 size, as for a file on disk; a buffer more than 3 bytes a character over cannot be under it.
    const size = text.length * 3 > max ? Buffer.byteLength(text, 'utf8') : text.length;
    if (size > max) return toResult(filePath, [fileMessage(2, coreMessage('tooLarge', config.locale, { size, max }))]);
    if (text.length <= IN_THREAD_LIMIT) return (fix ? this.fixer : this.linter).lintText(text, filePath);
    return this.inWorker({ id: this.nextId++, text, filePath, fix, options: this.options });
  }

  /** Stops the worker (on a configuration reload, or when the server exits); pending lints are rejected. */
  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.failAll(new LintCancelled('the configuration was reloaded'));
  }

  /**
   * One request per document in the worker at a time, and at most one waiting: a burst of edits to a large
   * buffer must not queue a lint per edit. A waiting request replaced by a newer one is cancelled.
   */
  private inWorker(request: LintRequest): Promise<LintResult> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      const key = `${request.filePath}\0${request.fix}`;
      const queue = this.queues.get(key);
      if (!queue) {
        this.queues.set(key, {});
        this.send(request, key);
        return;
      }
      if (queue.waiting) this.settle(queue.waiting.id, new LintCancelled('a newer version is waiting'));
      queue.waiting = request;
    });
  }

  private send(request: LintRequest, key: string): void {
    const worker = (this.worker ??= this.startWorker());
    worker.postMessage(request);
    this.afterReply.set(request.id, () => {
      const queue = this.queues.get(key);
      const next = queue?.waiting;
      if (!next) return void this.queues.delete(key);
      queue.waiting = undefined;
      this.send(next, key);
    });
  }

  private settle(id: number, outcome: LintResult | Error): void {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    if (outcome instanceof Error) waiting?.reject(outcome);
    else waiting?.resolve(outcome);
    const after = this.afterReply.get(id);
    this.afterReply.delete(id);
    after?.();
  }

  private startWorker(): Worker {
    const worker = new Worker(packagePath('dist', 'lsp', 'lint-worker.js'));
    worker.on('message', (reply: LintReply) => this.settle(reply.id, reply.error !== undefined ? new Error(reply.error) : reply.result!));
    const died = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(error);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`the linting worker stopped (exit code ${code})`)));
    // The worker must not keep the server alive after the client has gone.
    worker.unref();
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
    this.queues.clear();
    this.afterReply.clear();
  }
}
