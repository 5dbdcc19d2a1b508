// The CLI as a CommonJS bundle: see docs/architecture.md, "CommonJS entry points". A cached
// credential-process is served from its receipt here, before the rest of the CLI is loaded.
import os = require('node:os');
import receipt = require('../cli/cache/receipt.js');
import stdout = require('../cli/writeStdout.js');

const served = receipt.serveFromReceipt(process.argv.slice(2), {
  env: process.env,
  cwd: () => process.cwd(),
  home: () => os.homedir(),
  now: () => new Date(),
  stdout: stdout.writeStdout,
});
if (!served) void import('../cli/index.js');
