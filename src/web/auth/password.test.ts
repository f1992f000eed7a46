import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('salts each hash and verifies only the right password', async () => {
    const a = await hashPassword('预算公开-2025');
    const b = await hashPassword('预算公开-2025');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('预算公开-2025', a)).toBe(true);
    expect(await verifyPassword('预算公开-2026', a)).toBe(false);
    expect(await verifyPassword('预算公开-2025', 'md5$abc')).toBe(false);
  });
});
