/**
 * `serve` under load: the credential server started as a user starts it, then a fixed number of
 * credential requests from 50 concurrent keep-alive clients on loopback, with throughput and
 * latency percentiles, against a bare node:http server answering the same body.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { percentileNearestRank } from './stats.mjs';

const BARE_SERVER = fileURLToPath(new URL('./bareServer.mjs', import.meta.url));

/** Spawns a server that prints dotenv lines; resolves once it printed the URI (and token). */
function startPrinting(node, args, env, needToken, timeoutMs = 20_000) {
  const child = spawn(node, args, {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`no endpoint printed within ${timeoutMs} ms: ${err.trim().slice(0, 300)}`));
    }, timeoutMs);
    const check = () => {
      const uri = /^AWS_CONTAINER_CREDENTIALS_FULL_URI=(.+)$/m.exec(out)?.[1]?.trim();
      const token = /^AWS_CONTAINER_AUTHORIZATION_TOKEN=(.+)$/m.exec(out)?.[1]?.trim();
      if (uri && (token || !needToken)) {
        clearTimeout(timer);
        resolve({
          uri: uri.replace(/^'|'$/g, ''),
          token: token?.replace(/^'|'$/g, ''),
          stop,
          pid: child.pid,
        });
      }
    };
    child.stdout.on('data', (chunk) => {
      out += chunk.toString('utf8');
      check();
    });
    child.stderr.on('data', (chunk) => {
      err += chunk.toString('utf8');
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(
          `exited (${code ?? signal}) before printing its endpoint: ${err.trim().slice(0, 300)}`,
        ),
      );
    });
  });
}

export function startServe({ node, cli, emulator, home }) {
  return startPrinting(
    node,
    [
      cli,
      'serve',
      '--certificate',
      emulator.files.certificate,
      '--private-key',
      emulator.files.privateKey,
      '--trust-anchor-arn',
      emulator.arns.trustAnchorArn,
      '--profile-arn',
      emulator.arns.profileArn,
      '--role-arn',
      emulator.arns.roleArn,
      '--endpoint',
      emulator.url,
      '--format',
      'dotenv',
    ],
    { HOME: home },
    true,
  );
}

export function startBareServer({ node, body, token }) {
  return startPrinting(
    node,
    [BARE_SERVER],
    { RAC_BENCH_BODY: body, RAC_BENCH_TOKEN: token },
    false,
  );
}

function get(agent, url, token) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = request(url, { agent, headers: { authorization: token } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - started,
        }),
      );
      res.on('error', (error) =>
        resolve({ status: 0, body: String(error), ms: performance.now() - started }),
      );
    });
    req.setTimeout(10_000, () => req.destroy(new Error('request timed out')));
    req.on('error', (error) =>
      resolve({ status: 0, body: String(error), ms: performance.now() - started }),
    );
    req.end();
  });
}

/** One credential document, to check the server works and to give the baseline the same body. */
export async function fetchOnce(url, token) {
  const agent = new Agent({ keepAlive: false });
  try {
    return await get(agent, url, token);
  } finally {
    agent.destroy();
  }
}

/**
 * `total` requests (after `warmup` unmeasured ones) from `concurrency` workers sharing one
 * keep-alive agent; stops early at `budgetMs` and says so.
 */
export async function loadTest({ url, token, concurrency, total, warmup, budgetMs, validate }) {
  const agent = new Agent({
    keepAlive: true,
    maxSockets: concurrency,
    maxFreeSockets: concurrency,
  });
  const latencies = [];
  let errors = 0;
  let firstError;
  let issued = 0;
  const deadline = performance.now() + budgetMs;
  const worker = async (limit, record) => {
    while (issued < limit && performance.now() < deadline) {
      issued += 1;
      const answer = await get(agent, url, token);
      const problem =
        answer.status !== 200
          ? `HTTP ${answer.status} ${answer.body.slice(0, 120)}`
          : validate(answer.body);
      if (!record) continue;
      if (problem) {
        errors += 1;
        firstError ??= problem;
      } else latencies.push(answer.ms);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, () => worker(warmup, false)));
    issued = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, () => worker(total, true)));
    const seconds = (performance.now() - started) / 1000;
    const completed = latencies.length + errors;
    return {
      requests: completed,
      ok: latencies.length,
      errors,
      firstError,
      truncated: completed < total,
      seconds,
      rps: latencies.length / seconds,
      p50ms: percentileNearestRank(latencies, 50),
      p99ms: percentileNearestRank(latencies, 99),
      maxMs: Math.max(...latencies),
    };
  } finally {
    agent.destroy();
  }
}
