/**
 * A pass-through in front of the emulator that lines up the clients' first requests: it holds
 * each client's first CreateSession until every client has sent one, then releases them together.
 * A held request is let go at most `holdMs` after the first of its wave arrived, so none reaches
 * the client's own 10 s attempt timeout; clients that start later form the next wave. From the account's side that is N jobs starting in the same instant, which a
 * two-core machine cannot produce by starting N processes. Each request is attributed to its
 * client by the roleSessionName in its body, so attempts per client are counted, not guessed.
 * Headers pass untouched: the client signed the Host it sent.
 */
import { Agent, createServer, request } from 'node:http';

export async function startGate({ target, clients, holdMs }) {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const perClient = new Map();
  const held = [];
  const releases = [];
  let timer;
  let requests = 0;

  const forward = (req, res, body, client) => {
    const onward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
      },
      (answer) => {
        client.statuses.push(answer.statusCode ?? 0);
        if (answer.statusCode === 201) client.grantedAt ??= performance.now();
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    onward.on('error', () => res.writeHead(502).end());
    onward.end(body);
  };

  const releaseHeld = () => {
    clearTimeout(timer);
    timer = undefined;
    const now = performance.now();
    releases.push({ at: now, count: held.length });
    for (const entry of held.splice(0)) {
      entry.client.releasedAt = now;
      forward(...entry.args);
    }
  };

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      requests += 1;
      const body = Buffer.concat(chunks);
      let name = 'unknown';
      try {
        name = JSON.parse(body.toString('utf8')).roleSessionName ?? 'unknown';
      } catch {
        // Counted under "unknown": the emulator will refuse it anyway.
      }
      let client = perClient.get(name);
      const first = client === undefined;
      if (first) {
        client = { name, firstAt: performance.now(), statuses: [] };
        perClient.set(name, client);
      }
      const args = [req, res, body, client];
      if (!first) {
        forward(...args);
        return;
      }
      held.push({ client, args });
      timer ??= setTimeout(releaseHeld, holdMs);
      const waiting = [...perClient.values()].filter((c) => c.releasedAt === undefined).length;
      if (perClient.size === clients && waiting === held.length) releaseHeld();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    clients: () => [...perClient.values()],
    releases: () => releases,
    close: () =>
      new Promise((resolve) => {
        clearTimeout(timer);
        agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
