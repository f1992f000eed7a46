// yusuan serve: the portal on a port over the store (SQLite by default, PostgreSQL for a
// postgres:// URL or DATABASE_URL). With --demo, or when the database is empty, demonstration
// data is loaded first and a demo editor is created. Runs until SIGINT/SIGTERM, then closes the
// server and the database.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { openStore, storeTarget } from '../../store/index.js';
import type { Store } from '../../store/index.js';
import { hashPassword } from '../../web/auth/password.js';
import { loadDemo } from '../../web/demo.js';
import { loadRenderDocument } from '../../web/render-document.js';
import { startServer, type RunningServer } from '../../web/server.js';
import type { CommandResult } from '../result.js';

export interface ServeOptions {
  db?: string;
  port?: string;
  host?: string;
  demo?: boolean;
  /** Where seeds/ and corpus/ are (default ../shared beside the project). */
  shared?: string;
}

export interface ServeIo {
  write: (s: string) => void;
  /** Resolves when the server should stop (default: SIGINT or SIGTERM). */
  stopSignal?: Promise<void>;
}

const DEFAULT_SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const DEMO_EDITOR = 'demo';

function signals(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

async function demoEditor(store: Store, log: (s: string) => void): Promise<void> {
  if (await store.userByName(DEMO_EDITOR)) {
    log(`演示编辑：用户 ${DEMO_EDITOR} 已存在（密码不变）`);
    return;
  }
  const password = randomBytes(9).toString('base64url');
  await store.createUser(DEMO_EDITOR, await hashPassword(password), 'editor');
  log(`演示编辑：用户名 ${DEMO_EDITOR}  密码 ${password}`);
}

export async function serveCommand(opts: ServeOptions, io: ServeIo): Promise<CommandResult> {
  const port = opts.port === undefined ? 3000 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return { exitCode: 2, stdout: '', stderr: `--port: not a port number: ${opts.port}\n` };
  const log = (line: string) => io.write(line + '\n');
  const target = storeTarget(opts.db);
  log(
    `数据库：${target.dialect} ${target.dialect === 'sqlite' ? target.location : '(PostgreSQL)'}`,
  );
  const store = await openStore(opts.db);
  try {
    const empty = (await store.latestDisclosures(1)).length === 0;
    if (opts.demo || empty) {
      if (!opts.demo) log('数据库为空：载入演示数据');
      const r = await loadDemo(store, {
        sharedDir: opts.shared ?? DEFAULT_SHARED,
        log,
        // As the portal started below will decide (startServer's default document writer).
        documents: (await loadRenderDocument()) !== undefined,
      });
      log(`演示数据：载入 ${r.loaded} 份，跳过 ${r.skipped} 份`);
      await demoEditor(store, log);
    }
    let server: RunningServer;
    try {
      server = await startServer({ store, port, ...(opts.host ? { hostname: opts.host } : {}) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES') throw e;
      const why = code === 'EADDRINUSE' ? 'is in use' : 'needs more privileges';
      return {
        exitCode: 2,
        stdout: '',
        stderr: `port ${port} ${why}: choose another with --port\n`,
      };
    }
    log(`预算公开平台已启动：${server.url}  （Ctrl+C 停止）`);
    await (io.stopSignal ?? signals());
    log('正在停止…');
    await server.close();
  } finally {
    await store.close();
  }
  return { exitCode: 0, stdout: '' };
}
