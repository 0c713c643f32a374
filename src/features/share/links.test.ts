import { describe, expect, it } from 'vitest';
import { appUrl, embedCode, embedUrl, resizeScriptUrl } from './links';

describe('links', () => {
  it('gives the app beside the embed, on a server and from file://', () => {
    expect(appUrl('#view=explore', 'https://example.org/hsa/embed.html#chart=x')).toBe(
      'https://example.org/hsa/#view=explore',
    );
    expect(appUrl('#view=explore', 'file:///srv/hsa/embed.html#chart=x')).toBe(
      'file:///srv/hsa/index.html#view=explore',
    );
  });
  it('keeps the app page when shared from the app', () => {
    expect(appUrl('#view=tables', 'https://example.org/hsa/index.html#view=explore')).toBe(
      'https://example.org/hsa/index.html#view=tables',
    );
    expect(appUrl('', 'https://example.org/hsa/')).toBe('https://example.org/hsa/');
  });
  it('puts the embed page and the resize script beside the app', () => {
    expect(embedUrl('#chart=treemap-function', 'https://example.org/hsa/#view=explore')).toBe(
      'https://example.org/hsa/embed.html#chart=treemap-function',
    );
    expect(resizeScriptUrl('https://example.org/hsa/index.html#x')).toBe('https://example.org/hsa/embed-resize.js');
  });
  it('writes an iframe with a fixed-height fallback and the script, escaping attributes', () => {
    const code = embedCode(
      'https://e.org/embed.html#a=1&b=2',
      'Spending "2026" <test>',
      'https://e.org/embed-resize.js',
      640,
    );
    expect(code).toContain('src="https://e.org/embed.html#a=1&amp;b=2"');
    expect(code).toContain('title="Spending &quot;2026&quot; &lt;test&gt;"');
    expect(code).toContain('height="640"');
    expect(code).toContain('<script src="https://e.org/embed-resize.js" async></script>');
  });
});
