/**
 * The baseline for the ingest budget: a bare `node:http` server that reads the body and
 * answers 204. Runs as its own process, like the collector, so both get the same footing.
 * Prints `listening <port>` once ready.
 */
import { createServer } from 'node:http';

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(204).end();
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
