// `yusuan serve` and `yusuan user add`, run in-process: the server starts on a free port with
// demonstration data from a seeds-only shared folder, answers, and stops on its signal; editors
// are created with a hashed password read from stdin.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveCommand } from '../../src/cli/commands/serve.js';
import { userAddCommand } from '../../src/cli/commands/user.js';
import { openStore } from '../../src/store/index.js';
import { verifyPassword } from '../../src/web/auth/password.js';
import { printTag } from '../../src/web/page-bodies.js';
import { needsShared, sharedPath } from '../helpers/shared.js';
import { DEPT000, hasSeeds, S000, S004 } from './fixtures.js';

describe.skipIf(!hasSeeds())('yusuan serve and yusuan user add', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'yusuan-cli-web-'));
    mkdirSync(join(dir, 'shared', 'seeds'), { recursive: true });
    for (const s of [S000, S004])
      symlinkSync(sharedPath('seeds', s), join(dir, 'shared', 'seeds', s));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs serve until it prints its URL, fetches the home page, stops it; returns the output. */
  async function serveOnce(opts: {
    demo?: boolean;
  }): Promise<{ out: string; home: string; code: number }> {
    let out = '';
    let stop!: () => void;
    const stopSignal = new Promise<void>((r) => (stop = r));
    let urlSeen!: (url: string) => void;
    const url = new Promise<string>((r) => (urlSeen = r));
    const done = serveCommand(
      { db: join(dir, 'serve.db'), port: '0', shared: join(dir, 'shared'), ...opts },
      {
        write: (s) => {
          out += s;
          const m = /(http:\/\/\S+)/.exec(s);
          if (m) urlSeen(m[1]!);
        },
        stopSignal,
      },
    );
    const home = await (await fetch(await url)).text();
    stop();
    const code = (await done).exitCode;
    return { out, home, code };
  }

  it('serves demonstration data on an empty database, prints the URL and the demo editor, and stops', async () => {
    const { out, home, code } = await serveOnce({});
    expect(home).toContain(DEPT000);
    expect(out).toContain('数据库为空：载入演示数据');
    expect(out).toContain(`${S000}：${DEPT000} 2025`);
    expect(out).toMatch(/corpus 不存在或为空，跳过/);
    expect(out).toMatch(/演示编辑：用户名 demo {2}密码 \S{12}/);
    expect(code).toBe(0);
    expect(out).toContain('正在停止');
    // --demo again on the same database adds no second version of anything.
    const again = await serveOnce({ demo: true });
    expect(again.out).toContain(`${S000}：已在数据库中`);
    expect(again.out).toContain('演示编辑：用户 demo 已存在');
    const store = await openStore(join(dir, 'serve.db'));
    const latest = await store.latestDisclosures(100);
    // Every page was drawn whole when loaded, with the running portal's download options.
    const prints = await Promise.all(
      latest.map((m) => store.pagePrint(m.id, printTag(true)).then((p) => p !== null)),
    );
    await store.close();
    expect(latest.every((m) => m.version === 1)).toBe(true);
    expect(prints.length).toBeGreaterThan(2);
    expect(prints.every(Boolean)).toBe(true);
  });

  it('adds an editor with a hashed password from stdin and refuses a duplicate or short one', async () => {
    const db = join(dir, 'users.db');
    const io = (text: string) => ({ stdin: Readable.from([text]), prompt: () => {} });
    const ok = await userAddCommand('王编辑', { db, passwordStdin: true }, io('s3cret-pass\n'));
    expect([ok.exitCode, ok.stdout]).toEqual([0, 'created editor 王编辑 (id 1)\n']);
    const again = await userAddCommand('王编辑', { db, passwordStdin: true }, io('another-pass\n'));
    expect([again.exitCode, again.stderr]).toEqual([
      2,
      'user 王编辑 already exists; nothing was changed\n',
    ]);
    const short = await userAddCommand('李编辑', { db, passwordStdin: true }, io('short\n'));
    expect(short.exitCode).toBe(2);
    const store = await openStore(db);
    const user = await store.userByName('王编辑');
    await store.close();
    expect(user!.passwordHash).toMatch(/^scrypt\$/);
    expect(user!.passwordHash).not.toContain('s3cret-pass');
    expect(await verifyPassword('s3cret-pass', user!.passwordHash)).toBe(true);
    expect(await verifyPassword('s3cret-pasS', user!.passwordHash)).toBe(false);
  });
});

if (!hasSeeds()) describe('yusuan serve', () => it.skip(needsShared('seeds', S000), () => {}));
