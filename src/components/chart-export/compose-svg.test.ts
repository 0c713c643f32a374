import { describe, expect, it } from 'vitest';
import { composeExportSvg, escapeXml, wrapText, type MeasureText } from './compose-svg';
import { tableSvg } from './table-svg';

// A monospace stand-in for the canvas: CJK characters a full em wide, others 0.6 em.
const measure: MeasureText = (text, size) =>
  [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? size : size * 0.6), 0);

describe('wrapText', () => {
  it('breaks at spaces', () => {
    expect(wrapText('one two three four', 55, 10, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three', 1000, 10, measure)).toEqual(['one two three']);
  });
  it('breaks Chinese between characters and cuts an unbroken link', () => {
    const lines = wrapText('来源：上海市医疗保障局2026年部门预算', 100, 10, measure);
    expect(lines.join('')).toBe('来源：上海市医疗保障局2026年部门预算');
    expect(lines.every((line) => measure(line, 10) <= 100)).toBe(true);
    const link = wrapText('https://example.org/a/very/long/path/without/spaces#view=explore', 120, 10, measure);
    expect(link.length).toBeGreaterThan(1);
    expect(link.join('')).toBe('https://example.org/a/very/long/path/without/spaces#view=explore');
  });
});

describe('composeExportSvg', () => {
  const meta = {
    title: '2026年部门支出 <按功能分类>',
    subtitle: '面积：合计',
    sourceLine: '来源：上海市医疗保障局2026年部门预算，部门支出预算总表',
    versionLine: '数据版本 0123456789abcdef',
    dateLine: '生成于 2026年3月1日',
    link: 'https://example.org/#view=explore&year=2026',
  };
  const style = { fontFamily: "'Noto Sans CJK SC', sans-serif", background: '#fff', text: '#111', muted: '#555' };

  it('wraps the chart with title, source, version, date and link as SVG text', () => {
    const chart = {
      markup: '<svg width="400" height="300"><rect width="400" height="300"/></svg>',
      width: 400,
      height: 300,
    };
    const out = composeExportSvg(chart, meta, style, measure);
    expect(out.width).toBe(432);
    expect(out.height).toBeGreaterThan(300);
    expect(out.markup).toContain(`width="${out.width}" height="${out.height}"`);
    expect(out.markup).toContain('2026年部门支出 &lt;按功能分类&gt;');
    expect(out.markup).toContain('来源：上海市医疗保障局');
    expect(out.markup).toContain('0123456789abcdef');
    expect(out.markup).toContain('https://example.org/#view=explore&amp;year=2026');
    expect(out.markup).toContain('font-family="&apos;Noto Sans CJK SC&apos;, sans-serif"');
    expect(out.markup).toContain(chart.markup);
  });

  it('is at least 300 px wide for a narrow chart', () => {
    expect(composeExportSvg({ markup: '<svg/>', width: 100, height: 50 }, meta, style, measure).width).toBe(300);
  });
});

describe('tableSvg', () => {
  it('draws a header and one line per row, numbers anchored at the end', () => {
    const out = tableSvg(
      [
        { label: '名称', align: 'start' },
        { label: '合计（万元）', align: 'end' },
      ],
      [
        ['卫生健康支出', '28,465.30'],
        ['社会保障和就业支出', '1,551.70'],
      ],
      { fontFamily: 'sans-serif', text: '#000', muted: '#444', border: '#ccc', stripe: '#eee' },
      measure,
    );
    expect(out.height).toBe(22 * 3);
    expect(out.markup.match(/<text /g)).toHaveLength(6);
    expect(out.markup).toContain('text-anchor="end"');
    expect(out.markup).toContain('社会保障和就业支出');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
