/**
 * How long the emulator itself takes to answer one CreateSession (verify signature and chain,
 * mint credentials) over a fresh loopback connection, as the Action's one request does. Requests
 * are signed with the library bundle (dist/lib) beforehand; only the round trip is timed. Part of
 * every "to credentials" figure is this, not the client.
 */
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { summarize } from './stats.mjs';

function post(signed) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      signed.url,
      { method: signed.method, headers: signed.headers, agent: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(signed.body);
  });
}

export async function emulatorRoundTrip({ dist, emulator, runs = 20 }) {
  const lib = await import(pathToFileURL(join(dist, 'lib', 'index.js')).href);
  const options = {
    certificate: readFileSync(emulator.files.certificate, 'utf8'),
    privateKey: readFileSync(emulator.files.privateKey, 'utf8'),
    ...emulator.arns,
    endpoint: emulator.url,
  };
  const times = [];
  for (let i = 0; i < runs + 3; i++) {
    const signed = await lib.signCreateSession(options);
    const answer = await post(signed);
    if (answer.status !== 201) throw new Error(`the emulator answered ${answer.status}`);
    if (i >= 3) times.push(answer.ms);
  }
  return summarize(times);
}
