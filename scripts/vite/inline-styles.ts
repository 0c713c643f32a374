// The Content-Security-Policy (style-src 'self') blocks style attributes written in the HTML,
// though the app may set the same styles from script. Markup rendered at build time moves each
// distinct style attribute into a stylesheet rule on a data attribute instead. `!important`
// keeps the precedence an inline style has over the app's own rules.

export interface ExtractedStyles {
  markup: string;
  css: string;
}

const STYLE_ATTRIBUTE = / style="([^"]*)"/g;

function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function important(declarations: string): string {
  return declarations
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => declaration.length > 0)
    .map((declaration) => `${declaration} !important`)
    .join(';');
}

export function extractInlineStyles(markup: string): ExtractedStyles {
  const ids = new Map<string, number>();
  const out = markup.replace(STYLE_ATTRIBUTE, (_, value: string) => {
    const declarations = unescapeAttribute(value);
    if (!ids.has(declarations)) ids.set(declarations, ids.size + 1);
    return ` data-prerender-style="${ids.get(declarations)}"`;
  });
  const css = [...ids]
    .map(([declarations, id]) => `[data-prerender-style="${id}"]{${important(declarations)}}`)
    .join('\n');
  return { markup: out, css };
}
