#!/usr/bin/env node
// Entry point of the `policylint` command.
import { text } from 'node:stream/consumers';
import { runCli } from './cli/main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => text(process.stdin),
  env: process.env,
});
