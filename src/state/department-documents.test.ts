import { describe, expect, it } from 'vitest';
import { makeDocument } from '../domain/document-fixture';
import type { ImportedRecord } from '../data/imports/types';
import { documentsOfDepartment } from './department-documents';

const record = (id: string, year: number, dept: string, importedAt: string): ImportedRecord =>
  ({
    sha256: id,
    fileName: `${id}.pdf`,
    fileBytes: 1,
    importedAt,
    dept,
    document: makeDocument({ id, year }),
    report: null,
  }) as unknown as ImportedRecord;

describe('documentsOfDepartment', () => {
  const bundled = [
    makeDocument({ id: 'shanghai-hsa-2021', year: 2021 }),
    makeDocument({ id: 'shanghai-hsa-2026', year: 2026 }),
  ];

  it('adds the years a user imported into the department, sorted by year', () => {
    const docs = documentsOfDepartment('shanghai-hsa', bundled, [
      record('imported-aaaaaaaaaaaa', 2027, 'shanghai-hsa', '2026-12-01'),
      record('imported-bbbbbbbbbbbb', 2024, 'other', '2026-12-01'),
    ]);
    expect(docs.map((d) => d.id)).toEqual(['shanghai-hsa-2021', 'shanghai-hsa-2026', 'imported-aaaaaaaaaaaa']);
  });

  it('never replaces a published year, and of two imports of one year shows the later', () => {
    const docs = documentsOfDepartment('shanghai-hsa', bundled, [
      record('imported-aaaaaaaaaaaa', 2026, 'shanghai-hsa', '2026-12-01'),
      record('imported-bbbbbbbbbbbb', 2025, 'shanghai-hsa', '2026-12-01'),
      record('imported-cccccccccccc', 2025, 'shanghai-hsa', '2026-12-02'),
    ]);
    expect(docs.map((d) => d.id)).toEqual(['shanghai-hsa-2021', 'imported-cccccccccccc', 'shanghai-hsa-2026']);
  });
});
