import { describe, expect, it } from 'vitest';
import { bigrams, ftsQuery, likePattern, normText, snippet } from '../../src/store/search-text.js';

describe('search text', () => {
  it('normalises full-width forms, spaces from line breaks and punctuation', () => {
    expect(normText('自治区 人民政府\n办公厅（本级）ＡＢ３')).toBe('自治区人民政府办公厅 本级 ab3');
  });

  it('indexes bigrams and queries them as phrases', () => {
    expect(bigrams('办公厅 本级 a')).toBe('办公 公厅 本级 a');
    expect(ftsQuery('办公')).toBe('"办公"');
    expect(ftsQuery('办公厅')).toBe('"办公 公厅"');
    expect(ftsQuery('办公 经费')).toBe('"办公" AND "经费"');
    expect(ftsQuery('厅')).toBeUndefined();
  });

  it('escapes LIKE wildcards', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });

  it('cuts snippets around the match', () => {
    const text = `${'甲'.repeat(100)}办公经费${'乙'.repeat(100)}`;
    const s = snippet(text, '办公', 20);
    expect(s).toContain('办公经费');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
  });
});
