import { describe, expect, it } from 'vitest';
import {
  formatMs,
  formatRatio,
  netMs,
  pagesPerSecond,
  ratio,
  readerCells,
  readerTargets,
  timeYardstick,
  timing,
  yardstickCells,
  type ReaderRow,
  type ReaderSection,
  type Yardstick,
} from './reader';

const tools = (pdfminer: boolean): Yardstick[] => [
  { name: 'pdftotext', command: 'pdftotext -layout file.pdf -', startCommand: 'pdftotext -v', installed: true },
  { name: 'pdfminer', command: 'python3 -c ...', startCommand: 'python3 -c pass', installed: pdfminer },
];

const row = (file: string, readMs: number, pdfminerNet?: number): ReaderRow => ({
  file,
  pages: 25,
  outcome: 'clean',
  read: { median: readMs, min: readMs - 20, max: readMs + 30, runs: 7 },
  extractMs: readMs * 0.75,
  parseInReadMs: 90,
  fromTextMs: 42.25,
  yardsticks: {
    pdftotext: { rawMs: 45, startMs: 3, netMs: 42 },
    ...(pdfminerNet === undefined ? {} : { pdfminer: { rawMs: pdfminerNet + 40, startMs: 40, netMs: pdfminerNet } }),
  },
});

describe('reader bench helpers', () => {
  it('summarises runs as median, min and max', () => {
    expect(timing([30, 10, 20, 50, 40])).toEqual({ median: 30, min: 10, max: 50, runs: 5 });
    expect(timing([4, 1, 3, 2]).median).toBe(2.5);
  });
  it('subtracts the process start, never below zero', () => {
    expect(netMs(900, 40)).toBe(860);
    expect(netMs(30, 40)).toBe(0);
  });
  it('gives ratios and rates, with no figure for a zero or missing time', () => {
    expect(ratio(400, 800)).toBe(0.5);
    expect(Number.isNaN(ratio(400, 0))).toBe(true);
    expect(formatRatio(0.5)).toBe('×0.50');
    expect(formatRatio(12.34)).toBe('×12.3');
    expect(formatRatio(Number.NaN)).toBe('-');
    expect(pagesPerSecond(25, 500)).toBe(50);
    expect(Number.isNaN(pagesPerSecond(25, 0))).toBe(true);
  });
  it('formats milliseconds to a sensible precision', () => {
    expect(formatMs(612.4)).toBe('612');
    expect(formatMs(42.25)).toBe('42.3');
    expect(formatMs(Number.NaN)).toBe('-');
  });
  it('formats a row of our reading with the share of our own parsing', () => {
    expect(readerCells(row('a.pdf', 400))).toEqual([
      'a.pdf',
      '25',
      'clean',
      '400',
      '380–430',
      '63',
      '300',
      '100',
      '25 %',
      '90.0',
      '42.3',
    ]);
  });
  it('formats the yardsticks, naming a tool that is not installed', () => {
    expect(yardstickCells(row('a.pdf', 400, 800), tools(true))).toEqual([
      'a.pdf',
      '400',
      '45.0',
      '3.0',
      '42.0',
      '×9.52',
      '840',
      '40.0',
      '800',
      '×0.50',
    ]);
    expect(yardstickCells(row('a.pdf', 400), tools(false)).slice(6)).toEqual(['not installed', '-', '-', '-']);
    expect(yardstickCells(row('a.pdf', 400), tools(true)).slice(6)).toEqual(['failed', '-', '-', '-']);
  });
  it('times a yardstick and its start in turns, dropping the warm-up round, or gives null when a run fails', () => {
    const raws = [999, 50, 70, 60];
    const starts = [999, 10, 12, 11];
    expect(
      timeYardstick(
        () => raws.shift()!,
        () => starts.shift()!,
        3,
      ),
    ).toEqual({ rawMs: 60, startMs: 11, netMs: 49 });
    expect(
      timeYardstick(
        () => 50,
        () => null,
        3,
      ),
    ).toBeNull();
  });
  it('marks each target PASS or FAIL, or not measured without pdfminer', () => {
    const pass: ReaderSection = { yardsticks: tools(true), rows: [row('a.pdf', 400, 800), row('b.pdf', 700, 900)] };
    expect(readerTargets(pass)).toEqual([
      'target: whole reading under 1 s per fixture (median): PASS (slowest b.pdf, 700 ms)',
      "target: whole reading faster than pdfminer's extraction alone: PASS (closest b.pdf, read ÷ pdfminer net ×0.78)",
    ]);
    const fail: ReaderSection = { yardsticks: tools(true), rows: [row('a.pdf', 1200, 1000)] };
    expect(readerTargets(fail).map((l) => /: (PASS|FAIL) /.exec(l)?.[1])).toEqual(['FAIL', 'FAIL']);
    expect(readerTargets({ yardsticks: tools(false), rows: [row('a.pdf', 400)] })[1]).toMatch(
      /not measured \(pdfminer not installed\)/,
    );
  });
});
