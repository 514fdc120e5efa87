#!/usr/bin/env node
// Entry point of the `policylint` command.
import { buffer } from 'node:stream/consumers';
import { runCli } from './cli/main.js';

// A reader that stops early (`policylint … | head`) closes the pipe: stop quietly, as other Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => buffer(process.stdin),
  env: process.env,
});
