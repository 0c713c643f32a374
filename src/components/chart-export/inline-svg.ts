// Turns a chart's live <svg> into markup that looks the same on its own: the colours and fonts
// that the page gives through CSS (variables such as --cat-1, the theme, the font stack) are
// copied onto each element as presentation attributes, because an exported file has no
// stylesheet. Browser-only (getComputedStyle).
import type { ChartMarkup } from './compose-svg';

// The properties that change how an SVG chart looks; the rest are left at their defaults.
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

function copyStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  for (const property of PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value && value !== 'normal' && value !== 'auto') target.setAttribute(property, value);
  }
  if (computed.display === 'none') target.setAttribute('display', 'none');
  target.removeAttribute('class');
  target.removeAttribute('style');
  // Interaction attributes mean nothing in a picture and would be read out by an SVG viewer.
  for (const attribute of ['tabindex', 'role', 'aria-label', 'aria-describedby', 'focusable'])
    target.removeAttribute(attribute);
}

export function inlineSvg(svg: SVGSVGElement): ChartMarkup {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width) || Number(svg.getAttribute('width')) || 600;
  const height = Math.round(box.height) || Number(svg.getAttribute('height')) || 400;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (copy) copyStyles(original, copy);
  });
  // foreignObject (HTML inside SVG) would taint the canvas and not render in most viewers.
  clone.querySelectorAll('foreignObject').forEach((node) => node.remove());
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}
