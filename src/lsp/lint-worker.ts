// The language server's worker thread for large buffers: one Linter (and one for fixes) per set of options.
import { parentPort } from 'node:worker_threads';
import { guardProcessExit } from '../engine/exit-guard.js';
import { Linter, type LintOptions } from '../engine/linter.js';
import type { LintResult } from '../types.js';

export interface LintRequest {
  id: number;
  text: string;
  filePath: string;
  fix: boolean;
  options: LintOptions;
}

export interface LintReply {
  id: number;
  result?: LintResult;
  error?: string;
}

// Before plugins load: a plugin's process.exit must not end this thread with the request unanswered.
guardProcessExit();

const linters = new Map<string, Promise<Linter>>();

parentPort?.on('message', (request: LintRequest) => {
  void (async () => {
    try {
      const key = JSON.stringify([request.options, request.fix]);
      let linter = linters.get(key);
      if (!linter) linters.set(key, (linter = Linter.create({ ...request.options, fix: request.fix })));
      const result = await (await linter).lintText(request.text, request.filePath);
      parentPort!.postMessage({ id: request.id, result } satisfies LintReply);
    } catch (error) {
      parentPort!.postMessage({ id: request.id, error: (error as Error).message } satisfies LintReply);
    }
  })();
});
