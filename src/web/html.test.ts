import { describe, expect, it } from 'vitest';
import { html, raw } from './html.js';

// An alias, so that the formatter leaves the exact template text alone.
const h = html;

describe('html template', () => {
  it('escapes text and attribute values, keeps nested Html and joins arrays', () => {
    const name = '<script>alert("x")</script>&\'';
    const out = h`<a title="${name}">${name}</a>${[h`<b>${'<i>'}</b>`, '<u>']}${raw('<hr>')}${null}${false}${0}`;
    expect(out.value).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</a><b>&lt;i&gt;</b>&lt;u&gt;<hr>0',
    );
  });
});
