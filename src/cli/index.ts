#!/usr/bin/env node
import { createProcessIo } from './processIo.js';
import { reportFailure } from './reportFailure.js';
import { runCli } from './run.js';

const io = createProcessIo();
const argv = process.argv.slice(2);

runCli(argv, io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    reportFailure(error, io, argv.includes('--debug'));
    process.exitCode = 1;
  },
);
