import { describe, expect, it } from 'vitest';
import { LruCache } from './lru.js';

describe('LruCache', () => {
  it('drops the least recently used entry when full', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1); // a is now the most recent
    c.set('c', 3);
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual([1, undefined, 3]);
  });

  it('forgets entries older than the time to live', async () => {
    const c = new LruCache<string, number>(2, 5);
    c.set('a', 1);
    await new Promise((r) => setTimeout(r, 15));
    expect(c.get('a')).toBeUndefined();
  });
});
