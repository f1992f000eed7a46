// yusuan user add NAME: creates an editor who can sign in to the portal and publish. The password
// is read from stdin (--password-stdin) or prompted twice without echo; it is stored hashed.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { openStore } from '../../store/index.js';
import type { UserRole } from '../../store/index.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../web/auth/password.js';
import type { CommandResult } from '../result.js';

export interface UserAddOptions {
  db?: string;
  passwordStdin?: boolean;
  role?: UserRole;
}

export interface UserIo {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly prompt: (s: string) => void;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** One line from the terminal with echo off. */
function askHidden(io: UserIo, question: string): Promise<string> {
  const muted = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: io.stdin, output: muted, terminal: true });
  io.prompt(question);
  return new Promise((resolve) =>
    rl.question('', (answer) => {
      rl.close();
      io.prompt('\n');
      resolve(answer);
    }),
  );
}

export async function userAddCommand(
  name: string,
  opts: UserAddOptions,
  io: UserIo,
): Promise<CommandResult> {
  const user = name.trim();
  if (!/^[\p{L}\p{N}_.@-]{1,64}$/u.test(user))
    return {
      exitCode: 2,
      stdout: '',
      stderr: `user name "${name}": use 1–64 letters, digits, _ . @ -\n`,
    };
  let password: string;
  if (opts.passwordStdin) password = (await readAll(io.stdin)).replace(/\r?\n$/, '');
  else if (io.stdin.isTTY) {
    password = await askHidden(io, `${user} 的密码: `);
    if ((await askHidden(io, '再输入一次: ')) !== password)
      return { exitCode: 2, stdout: '', stderr: 'the two passwords differ; nothing was changed\n' };
  } else
    return {
      exitCode: 2,
      stdout: '',
      stderr: 'no terminal to ask for the password: pipe it in with --password-stdin\n',
    };
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return {
      exitCode: 2,
      stdout: '',
      stderr: `the password is too short: at least ${MIN_PASSWORD_LENGTH} characters\n`,
    };
  const store = await openStore(opts.db);
  try {
    if (await store.userByName(user))
      return {
        exitCode: 2,
        stdout: '',
        stderr: `user ${user} already exists; nothing was changed\n`,
      };
    const row = await store.createUser(user, await hashPassword(password), opts.role ?? 'editor');
    return { exitCode: 0, stdout: `created ${row.role} ${row.name} (id ${row.id})\n` };
  } finally {
    await store.close();
  }
}
