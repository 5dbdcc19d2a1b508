// The serve baseline: bare node:http on 127.0.0.1 answering every GET with the same JSON body the
// credential server sent, so the ratio isolates what `serve` adds per request.
import { createServer } from 'node:http';

const body = Buffer.from(process.env.RAC_BENCH_BODY ?? '{}', 'utf8');
const token = process.env.RAC_BENCH_TOKEN ?? '';
const server = createServer((req, res) => {
  if (req.headers.authorization !== token) {
    res.writeHead(403).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(
    `AWS_CONTAINER_CREDENTIALS_FULL_URI=http://127.0.0.1:${server.address().port}/v1/credentials\n`,
  );
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
