/**
 * Why a cache hit does not open the private key (docs/architecture.md, "The cache identity"): a
 * cold process that only opens an EC P-256 or RSA-2048 PEM key, parses its leaf and checks that
 * they pair, against one that only hashes the same PEM text (what a hit does instead), both
 * against `node -e 0`; interleaved runs in the same session, as ratios to the baseline.
 *
 *   node bench/cacheIdentity.mjs        # BENCH_RUNS runs per subject (default 30)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timedNode } from './lib/proc.mjs';
import { median, shuffled } from './lib/stats.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 30);
const scratch = mkdtempSync(join(tmpdir(), 'rac-bench-identity-'));

function material(name, keyArgs) {
  const key = join(scratch, `${name}.key`);
  const cert = join(scratch, `${name}.crt`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-nodes',
      ...keyArgs,
      '-keyout',
      key,
      '-out',
      cert,
      '-subj',
      '/CN=bench',
      '-days',
      '2',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

const HASH = `
const { createHash } = require('node:crypto');
createHash('sha256').update(process.env.KEY).update(process.env.CERT).digest('hex');
`;

const CHECK = `
const { createPrivateKey, createPublicKey, X509Certificate } = require('node:crypto');
const key = createPrivateKey({ key: process.env.KEY, format: 'pem' });
const cert = new X509Certificate(process.env.CERT);
if (!cert.checkPrivateKey(key)) process.exit(2);
createPublicKey(key).export({ type: 'spki', format: 'der' });
`;

try {
  const ec = material('ec', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256']);
  const rsa = material('rsa', ['-newkey', 'rsa:2048']);
  const subjects = [
    { id: 'node -e 0 (baseline)', args: ['-e', '0'], env: {} },
    {
      id: 'node + identity check, EC P-256',
      args: ['-e', CHECK],
      env: { KEY: ec.key, CERT: ec.cert },
    },
    {
      id: 'node + identity check, RSA-2048',
      args: ['-e', CHECK],
      env: { KEY: rsa.key, CERT: rsa.cert },
    },
    {
      id: 'node + sha256 of the PEM inputs',
      args: ['-e', HASH],
      env: { KEY: ec.key, CERT: ec.cert },
    },
  ];
  const times = new Map(subjects.map((s) => [s.id, []]));
  for (let round = 0; round < runs; round++) {
    for (const subject of shuffled(subjects)) {
      const run = await timedNode(process.execPath, subject.args, { env: subject.env, scratch });
      if (run.exitCode !== 0) throw new Error(`${subject.id} failed: ${run.stderr}`);
      times.get(subject.id).push(run.ms);
    }
  }
  const base = median(times.get(subjects[0].id));
  for (const subject of subjects) {
    const ms = median(times.get(subject.id));
    process.stdout.write(
      `${subject.id.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / base).toFixed(3)}× node -e 0\n`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
