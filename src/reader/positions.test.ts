import { describe, expect, it } from 'vitest';
import {
  cellsByLine,
  columnsByPosition,
  figureCentres,
  headerCentres,
  HEADER_WORDS,
  markPositions,
} from './positions.ts';
import { parseThreePublic } from './three-public.ts';
import type { Line, RawRow } from './types.ts';

const cell = (text: string, x: number, right: number) => ({ text, x, right });
// The 三公 table of the Putuo finance 2025 PDF (page 21) as pdf.js places it.
const page21: Line[] = [
  { no: 1, page: 21, text: '“三公”经费预算数', cells: [cell('“三公”经费预算数', 316, 424)] },
  { no: 2, page: 21, text: '机关运行经费预算', cells: [cell('机关运行经费预算', 676, 772)] },
  {
    no: 3,
    page: 21,
    text: '合计\t因公出国(境)费\t公务接待费',
    cells: [cell('合计', 104, 128), cell('因公出国(境)费', 176, 260), cell('公务接待费', 289, 349)],
  },
  {
    no: 4,
    page: 21,
    text: '小计\t购置费\t运行费',
    cells: [cell('小计', 408, 432), cell('购置费', 504, 540), cell('运行费', 605, 641)],
  },
  {
    no: 5,
    page: 21,
    text: '0.95\t0.95\t229.43',
    cells: [cell('0.95', 141, 165), cell('0.95', 344, 368), cell('229.43', 737, 773)],
  },
];

describe('positions', () => {
  it('numbers the cells of each row as pagesToText numbers its lines', () => {
    const pages = [
      { rows: [{ cells: [cell('a', 0, 1)] }, { cells: [cell('b', 0, 1)] }] },
      { rows: [{ cells: [cell('c', 0, 1)] }] },
    ];
    // [pages: 2] / '' / === 第1页 === / a / b / '' / === 第2页 === / c
    expect([...cellsByLine(pages)].map(([no, cells]) => [no, cells[0]!.text])).toEqual([
      [4, 'a'],
      [5, 'b'],
      [8, 'c'],
    ]);
  });

  it('shares a cell of several figures out by characters', () => {
    expect(figureCentres([cell('10 2,000', 100, 180), cell('名称', 0, 50)])).toEqual([
      { text: '10', centre: 110 },
      { text: '2,000', centre: 155 },
    ]);
  });

  it('puts each figure under the nearest header, and says nothing when the order is broken or a header is missing', () => {
    expect(columnsByPosition([{ centre: 150 }, { centre: 356 }], [116, 218, 319, 420])).toEqual([0, 2]);
    expect(columnsByPosition([{ centre: 356 }, { centre: 150 }], [116, 218, 319, 420])).toBeNull();
    expect(columnsByPosition([{ centre: 150 }, { centre: 160 }], [116, 218, 319, 420])).toBeNull();
    expect(columnsByPosition([{ centre: 150 }], [116, null])).toBeNull();
  });

  it('finds the header words of a table as printed', () => {
    expect(headerCentres(page21, HEADER_WORDS.threePublic)).toEqual([116, 218, 319, 420, 522, 623, 724]);
  });

  it('marks a row of dropped blank cells with the columns its figures stand under', () => {
    const row: RawRow = { code: '', name: '三公', figures: [95, 95, 22943], positional: false, line: 5 };
    expect(markPositions(page21, [row], HEADER_WORDS.threePublic)).toBe(1);
    expect(row.byPosition).toEqual([0, 2, 6]);
  });

  it('places the 三公 row by position where its arithmetic allows 因公出国 or 公务接待', () => {
    const table = { kind: 'threePublic' as const, title: '', unit: '万元' as const, lines: page21 };
    expect(parseThreePublic(table, 'doc', null)).toEqual({
      total: 950000,
      overseas: 0,
      reception: 950000,
      vehicles: 0,
      vehiclePurchase: 0,
      vehicleOperation: 0,
      agencyOperation: 229430000,
    });
    const withoutPositions = { ...table, lines: page21.map(({ cells: _cells, ...l }) => l) };
    expect(() => parseThreePublic(withoutPositions, 'doc', null)).toThrow(/several placements/);
  });
});
