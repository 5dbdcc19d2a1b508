/**
 * In-process signing throughput, run by bench/run.mjs on Node 24 with type stripping:
 *   node --experimental-transform-types bench/sign.mjs [--breakdown]
 * (transform, not strip: src/ has parameter properties, which strip-only mode rejects)
 * For each key (RSA-2048, RSA-4096, P-256, P-384) the project's own signer, signCreateSession from
 * src/core/sigv4 over a real CreateSession body with material loaded by src/core/material, is
 * timed against a bare crypto.sign of the same key over the same string-to-sign, in back-to-back
 * pairs (see measure). BENCH_SIGN_MS: time per key (default 1500). Prints one JSON document.
 */
import './lib/tsHooks.mjs';
import { execFileSync } from 'node:child_process';
import { sign, verify, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './lib/stats.mjs';

const src = new URL('../src/', import.meta.url);
const load = (path) => import(new URL(path, src).href);

const budgetMs = Number(process.env.BENCH_SIGN_MS ?? 1500);
const warmMs = Math.min(300, budgetMs / 4);
const windows = 5;
const maxPairs = 100_000;
const sliceMs = 200;
const breakdown = process.argv.includes('--breakdown');

const [pki, material, settingsModule, session, sigv4, cliNames] = await Promise.all([
  load('emulator/pki.ts'),
  load('core/material/index.ts'),
  load('core/settings.ts'),
  load('session.ts'),
  load('core/sigv4/index.ts'),
  load('cli/names.ts'),
]);

const ARNS = {
  trustAnchorArn:
    'arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01',
  profileArn:
    'arn:aws:rolesanywhere:us-east-1:111122223333:profile/7a4d5e3b-91c2-4f0e-8d6a-2b9c3e5f1a02',
  roleArn: 'arn:aws:iam::111122223333:role/ci-deployer',
};

/** RSA-4096 is not among the emulator PKI's key types: openssl issues it from the same intermediate. */
function opensslRsa4096(intermediate) {
  const dir = mkdtempSync(join(tmpdir(), 'rac-bench-rsa4096-'));
  try {
    const p = (name) => join(dir, name);
    writeFileSync(p('ca.pem'), intermediate.certificatePem);
    writeFileSync(p('ca.key'), intermediate.privateKeyPem, { mode: 0o600 });
    writeFileSync(
      p('ext'),
      'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n',
    );
    const quiet = { stdio: ['ignore', 'ignore', 'pipe'] };
    execFileSync(
      'openssl',
      [
        'req',
        '-new',
        '-newkey',
        'rsa:4096',
        '-nodes',
        '-keyout',
        p('leaf.key'),
        '-out',
        p('leaf.csr'),
        '-subj',
        '/CN=ci-runner-rsa4096',
      ],
      quiet,
    );
    execFileSync(
      'openssl',
      [
        'x509',
        '-req',
        '-in',
        p('leaf.csr'),
        '-CA',
        p('ca.pem'),
        '-CAkey',
        p('ca.key'),
        '-CAcreateserial',
        '-days',
        '2',
        '-sha256',
        '-extfile',
        p('ext'),
        '-out',
        p('leaf.pem'),
      ],
      quiet,
    );
    return {
      certificatePem: readFileSync(p('leaf.pem'), 'utf8'),
      privateKeyPem: readFileSync(p('leaf.key'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function leaves() {
  const root = await pki.createCertificateAuthority({
    subject: 'CN=Bench Root CA, O=rolesanywhere-credentials bench',
  });
  const intermediate = await pki.issueCertificate(root, {
    subject: 'CN=Bench Issuing CA',
    isCA: true,
  });
  const [rsa, p256, p384] = await Promise.all([
    pki.issueCertificate(intermediate, { subject: 'CN=ci-runner-rsa2048', keyType: 'rsa' }),
    pki.issueCertificate(intermediate, { subject: 'CN=ci-runner-p256', keyType: 'ec-p256' }),
    pki.issueCertificate(intermediate, { subject: 'CN=ci-runner-p384', keyType: 'ec-p384' }),
  ]);
  let rsa4096;
  let skipped;
  try {
    rsa4096 = opensslRsa4096(intermediate);
  } catch (error) {
    skipped = `RSA-4096 skipped: openssl could not issue the certificate (${error.message.split('\n')[0]})`;
  }
  return {
    intermediate,
    keys: [
      { name: 'RSA-2048', leaf: rsa },
      ...(rsa4096 ? [{ name: 'RSA-4096', leaf: rsa4096 }] : []),
      { name: 'P-256', leaf: p256 },
      { name: 'P-384', leaf: p384 },
    ],
    skipped,
  };
}

/** Calls `fn` in batches for about `ms`; returns nanoseconds per call (for the step breakdown). */
function timeFor(fn, ms) {
  let calls = 0;
  let batch = 1;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) fn();
    calls += batch;
    elapsed = performance.now() - started;
    if (elapsed < ms / 20) batch *= 2;
  }
  return (elapsed * 1e6) / calls;
}

async function prepare(key, intermediate) {
  const settings = settingsModule.resolveSessionSettings(
    {
      material: {
        certificate: key.leaf.certificatePem,
        privateKey: key.leaf.privateKeyPem,
        intermediates: intermediate.certificatePem,
      },
      ...ARNS,
    },
    cliNames.CLI_NAMES,
  );
  const loaded = await material.loadMaterial(settings.material, {
    now: new Date(),
    names: settings.names,
  });
  const identity = session.signingIdentity(loaded);
  const body = session.sessionRequestBody(settings);
  const request = { endpoint: settings.endpoint, region: settings.region, body };
  const full = () => sigv4.signCreateSession(identity, request, new Date());
  const sample = full();
  const data = Buffer.from(sample.stringToSign, 'utf8');
  const options =
    identity.keyType === 'ec'
      ? { key: identity.privateKey, dsaEncoding: 'der' }
      : identity.privateKey;
  const raw = () => sign('sha256', data, options);
  // The signer's output must be what the service accepts: verify it with the certificate's key.
  const signature = Buffer.from(
    /Signature=([0-9a-f]+)/.exec(sample.headers.authorization)[1],
    'hex',
  );
  const publicKey = new X509Certificate(key.leaf.certificatePem).publicKey;
  const verifyOptions =
    identity.keyType === 'ec' ? { key: publicKey, dsaEncoding: 'der' } : publicKey;
  if (!verify('sha256', data, verifyOptions, signature))
    throw new Error(`${key.name}: the signature does not verify`);
  return { identity, request, full, raw, body, sample };
}

/**
 * Pairs: each iteration times one full signature and one bare crypto.sign back to back (order
 * alternating), so whatever else the machine is doing hits both alike; the medians drop the pairs a
 * preemption or a GC pause landed in. Each key is measured in several windows interleaved with the
 * other keys', so one busy stretch of the machine does not decide a key's figure. The overhead is
 * the median of the per-pair differences over the median bare signature.
 */
function collect(samples, full, raw, ms) {
  const until = performance.now() + ms;
  for (let i = 0; performance.now() < until && samples.full.length < maxPairs; i++) {
    const t0 = performance.now();
    if (i % 2 === 0) full();
    else raw();
    const t1 = performance.now();
    if (i % 2 === 0) raw();
    else full();
    const t2 = performance.now();
    const [f, r] = i % 2 === 0 ? [t1 - t0, t2 - t1] : [t2 - t1, t1 - t0];
    samples.full.push(f * 1000);
    samples.raw.push(r * 1000);
    samples.diff.push((f - r) * 1000);
  }
}

function summarizePairs(name, samples) {
  const fullMedian = median(samples.full);
  const rawMedian = median(samples.raw);
  const overheadUs = median(samples.diff);
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    key: name,
    pairs: samples.full.length,
    fullUsPerOp: fullMedian,
    rawUsPerOp: rawMedian,
    fullOpsPerSec: 1e6 / fullMedian,
    rawOpsPerSec: 1e6 / rawMedian,
    overheadUsPerOp: overheadUs,
    overhead: overheadUs / rawMedian,
    ratioOfMedians: fullMedian / rawMedian,
    meanFullUs: mean(samples.full),
    meanRawUs: mean(samples.raw),
  };
}

/** Each step of signCreateSession alone, with the P-256 identity: where the non-crypto time goes. */
function stepBreakdown(prepared) {
  const { identity, request } = prepared;
  const now = new Date();
  const url = new URL(prepared.sample.url);
  const { amzDate, dateStamp } = sigv4.formatRequestDate(now);
  const signed = Object.fromEntries(
    Object.entries(prepared.sample.headers).filter(([k]) => k !== 'authorization'),
  );
  const canonical = sigv4.createCanonicalRequest({
    method: 'POST',
    path: url.pathname,
    query: '',
    headers: signed,
    body: request.body,
  });
  const algorithm = sigv4.ALGORITHMS[identity.keyType];
  const scope = sigv4.credentialScope(dateStamp, request.region);
  const stringToSign = sigv4.createStringToSign(
    algorithm,
    amzDate,
    scope,
    canonical.canonicalRequest,
  );
  const data = Buffer.from(stringToSign, 'utf8');
  const b64 = (der) => Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  const steps = {
    'whole signCreateSession': () => sigv4.signCreateSession(identity, request, new Date()),
    'new URL() ×2 (createSessionUrl)': () => {
      const u = new URL(request.endpoint.href);
      u.pathname = '/sessions';
      return u.href;
    },
    formatRequestDate: () => sigv4.formatRequestDate(new Date()),
    'base64 of leaf + chain DER': () => [
      b64(identity.leafDer),
      identity.intermediatesDer.map(b64).join(','),
    ],
    'createCanonicalRequest (+ body SHA-256)': () =>
      sigv4.createCanonicalRequest({
        method: 'POST',
        path: url.pathname,
        query: '',
        headers: signed,
        body: request.body,
      }),
    'createStringToSign (+ SHA-256)': () =>
      sigv4.createStringToSign(algorithm, amzDate, scope, canonical.canonicalRequest),
    'createSignature (sign + hex)': () =>
      sigv4.createSignature(stringToSign, identity.privateKey, identity.keyType),
    'raw crypto.sign': () => sign('sha256', data, { key: identity.privateKey, dsaEncoding: 'der' }),
    createAuthorizationHeader: () =>
      sigv4.createAuthorizationHeader({
        algorithm,
        serialDecimal: identity.serialDecimal,
        scope,
        signedHeaders: canonical.signedHeaders,
        signature: 'ab',
      }),
  };
  const out = {};
  for (const [name, fn] of Object.entries(steps)) {
    timeFor(fn, sliceMs / 4);
    out[name] = median(Array.from({ length: 5 }, () => timeFor(fn, sliceMs / 2))) / 1000;
  }
  return {
    key: 'P-256',
    usPerCall: out,
    canonicalRequestBytes: canonical.canonicalRequest.length,
    bodyBytes: request.body.length,
  };
}

const { intermediate, keys, skipped } = await leaves();
const prepared = [];
for (const key of keys) prepared.push({ name: key.name, ...(await prepare(key, intermediate)) });
for (const p of prepared) collect({ full: [], raw: [], diff: [] }, p.full, p.raw, warmMs);
const samples = new Map(prepared.map((p) => [p.name, { full: [], raw: [], diff: [] }]));
for (let w = 0; w < windows; w++)
  for (const p of prepared) collect(samples.get(p.name), p.full, p.raw, budgetMs / windows);
const results = prepared.map((p) => summarizePairs(p.name, samples.get(p.name)));
const p256 = prepared.find((p) => p.name === 'P-256');
const breakdownResult = breakdown && p256 ? stepBreakdown(p256) : undefined;
process.stdout.write(
  `${JSON.stringify({ node: process.version, method: 'paired', budgetMs, windows, results, skipped, breakdown: breakdownResult })}\n`,
);
