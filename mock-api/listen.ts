/**
 * Serves the API's app over HTTP with bounded waits: a request must arrive whole within
 * `requestTimeoutMs` (its headers within `headersTimeoutMs`), so that a client that stalls
 * (a body shorter than its Content-Length) is dropped instead of held open.
 */
import http from 'node:http';
import type { Application } from 'express';

export interface ListenOptions {
  port: number;
  host: string;
  /** 30 s by default. */
  requestTimeoutMs?: number;
  /** 20 s by default (never more than the request timeout). */
  headersTimeoutMs?: number;
}

export function listen(app: Application, { port, host, requestTimeoutMs = 30_000, headersTimeoutMs = 20_000 }: ListenOptions): Promise<http.Server> {
  const server = http.createServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(headersTimeoutMs, requestTimeoutMs),
      // How often stalled requests are looked for: a fraction of the timeout.
      connectionsCheckingInterval: Math.max(100, Math.min(5_000, Math.floor(requestTimeoutMs / 4))),
    },
    app,
  );
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
