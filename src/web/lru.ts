// A small least-recently-used cache with an optional time to live (a Map keeps insertion order:
// re-insert on hit). The TTL bounds how stale an entry can be when another process writes to the
// same database; this process clears the caches itself when it publishes.
export class LruCache<K, V> {
  private readonly map = new Map<K, { value: V; at: number }>();
  constructor(
    private readonly max: number,
    private readonly ttlMs = Infinity,
  ) {}

  get(key: K): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    this.map.delete(key);
    if (Date.now() - e.at > this.ttlMs) return undefined;
    this.map.set(key, e);
    return e.value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, { value, at: Date.now() });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }
}
