import { describe, expect, it } from 'vitest';
import { MAX_FAILURES, SignInThrottle, WINDOW_MS } from './throttle.js';

describe('SignInThrottle', () => {
  it('refuses a name after MAX_FAILURES failures until the window passes', () => {
    let t = 1_000_000;
    const throttle = new SignInThrottle(() => t);
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.fail('Editor');
    expect(throttle.retryAfter('editor')).toBe(0);
    throttle.fail('editor ');
    expect(throttle.retryAfter('EDITOR')).toBe(WINDOW_MS);
    expect(throttle.retryAfter('someone-else')).toBe(0);
    t += WINDOW_MS / 2;
    expect(throttle.retryAfter('editor')).toBe(WINDOW_MS / 2);
    t += WINDOW_MS / 2 + 1;
    expect(throttle.retryAfter('editor')).toBe(0);
  });

  it('forgets failures after a successful sign-in', () => {
    const throttle = new SignInThrottle(() => 0);
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.fail('a');
    throttle.succeed('a');
    throttle.fail('a');
    expect(throttle.retryAfter('a')).toBe(0);
  });
});
