// Sign-in throttling: after a few failed passwords for one editor name, further attempts for that
// name are refused for a while, so a password cannot be guessed at request speed. In memory, per
// process: enough for one portal server; the limit resets on restart.

/** Failed attempts allowed per name within WINDOW_MS before sign-in for it is refused. */
export const MAX_FAILURES = 5;
/** How long failures count (and a refused name stays refused). */
export const WINDOW_MS = 15 * 60 * 1000;
/** Names remembered at most (an attacker cycling names cannot grow the map without bound). */
const MAX_NAMES = 10_000;

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();
  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds until `name` may try again; 0 when it may try now. */
  retryAfter(name: string): number {
    const recent = this.recent(name);
    if (recent.length < MAX_FAILURES) return 0;
    return Math.max(0, (recent[0] as number) + WINDOW_MS - this.now());
  }

  fail(name: string): void {
    const recent = this.recent(name);
    recent.push(this.now());
    if (!this.failures.has(key(name)) && this.failures.size >= MAX_NAMES) this.failures.clear();
    this.failures.set(key(name), recent.slice(-MAX_FAILURES));
  }

  succeed(name: string): void {
    this.failures.delete(key(name));
  }

  private recent(name: string): number[] {
    const since = this.now() - WINDOW_MS;
    return (this.failures.get(key(name)) ?? []).filter((t) => t > since);
  }
}

const key = (name: string): string => name.trim().toLowerCase();
