import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, join, raw } from './html.ts';

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('drops control characters and replaces lone surrogates', () => {
    expect(escapeHtml('a\u0000b\u0007c\u001Fd\u007F')).toBe('abcd');
    expect(escapeHtml('tab\tnew\nline\r')).toBe('tab\tnew\nline\r');
    expect(escapeHtml('x\uD800y')).toBe('x\uFFFDy');
    expect(escapeHtml('😀')).toBe('😀');
  });

  it('never lets markup through, and round-trips text without control characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const e = escapeHtml(s);
        expect(e).not.toMatch(/[<>"']/);
        expect(e.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        const clean = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '');
        expect(unescape(e)).toBe(clean);
      }),
    );
  });
});

describe('html template', () => {
  it('escapes interpolated strings and numbers but not nested templates', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner} ${42}</p>`.value).toBe('<p title="&quot;x&quot;"><b>&lt;i&gt;</b> 42</p>');
  });

  it('joins arrays and drops null, undefined and booleans', () => {
    expect(html`${['<', html`<br>`, null, undefined, false, true]}`.value).toBe('&lt;<br>');
    expect(join(['a', '<b>', raw('<hr>')], ', ').value).toBe('a, &lt;b&gt;, <hr>');
  });
});
