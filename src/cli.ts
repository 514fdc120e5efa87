#!/usr/bin/env node
// Entry point of the `policylint` command.
import { buffer } from 'node:stream/consumers';
import { prestartWorkersFor } from './cli/prestart.js';
import { guardProcessExit } from './engine/exit-guard.js';

// Before any plugin is loaded: a plugin's process.exit must not end the run with half a report. Not for the
// language server, whose protocol library ends the process with process.exit on the client's "exit" (rules
// calling it are still stopped: lintDocument guards each rule).
const lsp = process.argv.includes('--lsp');
const exit = lsp ? process.exit.bind(process) : guardProcessExit().exit;
let finished = false;
const strayErrors: string[] = [];
// A plugin's timer or promise that throws after its rule returned: not policylint's error, and the run goes on.
if (!lsp) {
  process.on('uncaughtException', (error) => void strayErrors.push(error instanceof Error ? error.message : String(error)));
  process.on('unhandledRejection', (error) => void strayErrors.push(error instanceof Error ? error.message : String(error)));
}
// Whatever ends the process before the report is complete, the exit code must not say "no problems".
process.on('exit', () => {
  if (finished || lsp) return;
  for (const message of strayErrors) process.stderr.write(`policylint crashed: ${message}\n`);
  if (!process.exitCode) process.exitCode = 2;
});

// A reader that stops early (`policylint … | head`) closes the pipe: stop quietly, as other Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    finished = true;
    exit(process.exitCode ?? 0);
  }
  throw error;
});

// The worker thread starts loading the linter while this thread loads the command's code (the import below) and
// reads the configuration. Not with a top-level await: the command's code imports modules of this one, which
// must have finished evaluating first.
prestartWorkersFor(process.argv.slice(2));
void import('./cli/main.js').then(async ({ runCli }) => {
  let code = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => buffer(process.stdin),
    env: process.env,
  });
  for (const message of strayErrors) process.stderr.write(`policylint: a plugin failed outside its rule: ${message}\n`);
  if (strayErrors.length > 0) code = 2;
  finished = true;
  process.exitCode = code;
});
