// The portal on a TCP port (Node's http server through @hono/node-server). Resolves once it is
// listening; close() stops accepting, ends idle keep-alive connections and waits for the rest.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Store } from '../store/index.js';
import { createApp, type AppOptions } from './app.js';

export interface StartOptions extends Omit<AppOptions, 'store'> {
  readonly store: Store;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly hostname?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export function startServer(opts: StartOptions): Promise<RunningServer> {
  const { app } = createApp(opts);
  const hostname = opts.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: opts.port ?? 3000, hostname },
      (info: AddressInfo) => {
        const host = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
        resolve({
          url: `http://${host.includes(':') ? `[${host}]` : host}:${info.port}/`,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              (server as Server).close(() => done());
              (server as Server).closeIdleConnections?.();
            }),
        });
      },
    ) as Server;
    server.once('error', reject);
  });
}
