import { describe, expect, it } from 'vitest';
import type { DiffRow } from '../../../domain/compare';
import { toCsv } from '../../../domain/share-table';
import { diffShareTable, percentCell } from './share-rows';

const row = (patch: Partial<DiffRow>): DiffRow => ({
  code: '2101504',
  name: '信息化建设',
  fromName: '信息化建设',
  level: 3,
  parentCode: '21015',
  status: 'changed',
  from: 3_540_950_100,
  to: 7_758_612_200,
  change: 4_217_662_100,
  pct: 42_176_621 / 35_409_501,
  fromShare: null,
  toShare: null,
  sharePoints: null,
  ...patch,
});

const labels = {
  code: 'Code',
  name: 'Line',
  status: 'Status',
  from: '2021',
  to: '2026',
  change: 'Change',
  pct: 'Change %',
};

describe('diffShareTable', () => {
  it('gives money exactly (fen; yuan in the file), codes as text, names and status in the reader’s language', () => {
    const table = diffShareTable(
      [
        row({}),
        row({ code: '30199', name: '退休费', status: 'new', from: null, change: null, pct: null, to: 118_249_600 }),
      ],
      labels,
      (r) => `EN ${r.name}`,
      (r) => (r.status === 'new' ? 'New' : ''),
    );
    expect(table.rows[0]).toEqual({
      code: '2101504',
      name: 'EN 信息化建设',
      status: '',
      from: 3_540_950_100,
      to: 7_758_612_200,
      change: 4_217_662_100,
      pct: 119.11,
    });
    expect(table.rows[1]).toMatchObject({ status: 'New', from: null, change: null, pct: null, to: 118_249_600 });
    expect(toCsv(table).split('\r\n')[1]).toBe('2101504,EN 信息化建设,,35409501,77586122,42176621,119.11');
  });

  it('keeps the percentage as a number of percent', () => {
    expect(percentCell(0.2176)).toBe(21.76);
    expect(percentCell(null)).toBeNull();
  });
});
