import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/check/index.js';
import { run } from './run.js';

describe('yusuan rules', () => {
  it('lists the catalog grouped by category, every rule once', async () => {
    const r = await run('rules');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^表内关系 table \(\d+\)\n/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`${ruleCatalog().length} rules`);
    for (const rule of ruleCatalog())
      expect(r.stdout).toContain(`  ${rule.id}  [${rule.severity}]\n`);
  });

  it('--json: id, category, severity, zh, en and basis of each rule', async () => {
    const r = await run('rules', '--json');
    const rows = JSON.parse(r.stdout) as Record<string, string>[];
    expect(rows.map((x) => x.id)).toEqual(ruleCatalog().map((x) => x.id));
    for (const row of rows)
      expect(Object.keys(row)).toEqual(['id', 'category', 'severity', 'zh', 'en', 'basis']);
  });
});
