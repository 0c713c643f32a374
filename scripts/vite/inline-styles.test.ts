import { describe, expect, it } from 'vitest';
import { extractInlineStyles } from './inline-styles';

describe('extractInlineStyles', () => {
  it('moves each distinct style attribute into one rule, keeping inline precedence', () => {
    const { markup, css } = extractInlineStyles(
      '<i style="flex-grow:3"></i><i style="flex-grow:3"></i><b class="x" style="width:50%;color:red"></b>',
    );
    expect(markup).toBe(
      '<i data-prerender-style="1"></i><i data-prerender-style="1"></i><b class="x" data-prerender-style="2"></b>',
    );
    expect(css).toBe(
      '[data-prerender-style="1"]{flex-grow:3 !important}\n[data-prerender-style="2"]{width:50% !important;color:red !important}',
    );
  });

  it('unescapes attribute entities and leaves markup without styles alone', () => {
    expect(extractInlineStyles('<p title="style=&quot;x&quot;">a</p>').markup).toBe(
      '<p title="style=&quot;x&quot;">a</p>',
    );
    expect(extractInlineStyles('<i style="font-family:&quot;Noto&quot;"></i>').css).toBe(
      '[data-prerender-style="1"]{font-family:"Noto" !important}',
    );
  });
});
