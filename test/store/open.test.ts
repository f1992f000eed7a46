import { describe, expect, it } from 'vitest';
import { openStore, storeTarget } from '../../src/store/open.js';

describe('storeTarget', () => {
  it('picks the database from the URL, DATABASE_URL or the default file', () => {
    expect(storeTarget(undefined, {})).toEqual({ dialect: 'sqlite', location: 'yusuan.db' });
    expect(storeTarget(undefined, { DATABASE_URL: 'postgres://u@h/db' })).toEqual({
      dialect: 'postgres',
      location: 'postgres://u@h/db',
    });
    expect(storeTarget('sqlite:/tmp/x.db', {})).toEqual({
      dialect: 'sqlite',
      location: '/tmp/x.db',
    });
    expect(storeTarget(':memory:', {})).toEqual({ dialect: 'sqlite', location: ':memory:' });
    expect(storeTarget('postgresql://h/db', {}).dialect).toBe('postgres');
    expect(storeTarget('data/a.db', { DATABASE_URL: 'postgres://x' })).toEqual({
      dialect: 'sqlite',
      location: 'data/a.db',
    });
  });
});

describe('openStore', () => {
  it('refuses a path it cannot open with a clear message', async () => {
    await expect(openStore('/nonexistent-dir/sub/yusuan.db')).rejects.toThrow(
      /^cannot open the database \(sqlite\): /,
    );
  });
});
