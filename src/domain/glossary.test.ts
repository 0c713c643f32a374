import { describe, expect, it } from 'vitest';
import { findGlossaryEntry, glossaryKeyOf, latestDefinition, normalizeTerm } from './glossary';

const glossary2026 = [
  { term: '财政拨款收入', definition: '是市级预算主管部门……取得的财政拨款' },
  { term: '基本支出预算', definition: '……包括人员经费和公用经费两部分。' },
  { term: '“三公”经费', definition: '……因公出国（境）费、公务用车购置及运行费、公务接待费。' },
];
const glossary2021 = [{ term: '基本支出预算', definition: '2021年的定义' }];

describe('glossary terms', () => {
  it('normalizes quotes, spaces and a trailing 预算', () => {
    expect(normalizeTerm('“三公”经费')).toBe('三公经费');
    expect(normalizeTerm('"三公" 经费')).toBe('三公经费');
    expect(normalizeTerm('项目支出预算')).toBe('项目支出');
  });
  it('maps printed terms to stable keys', () => {
    expect(glossaryKeyOf('基本支出预算')).toBe('basic');
    expect(glossaryKeyOf('基本支出')).toBe('basic');
    expect(glossaryKeyOf('“三公”经费')).toBe('threePublic');
    expect(glossaryKeyOf('事业单位经营收入')).toBe('operatingRevenue');
    expect(glossaryKeyOf('事业收入')).toBe('businessRevenue');
    expect(glossaryKeyOf('人员经费')).toBeNull();
  });
  it('finds the entry of a key', () => {
    expect(findGlossaryEntry(glossary2026, 'threePublic')?.term).toBe('“三公”经费');
    expect(findGlossaryEntry(glossary2026, 'agencyOperation')).toBeUndefined();
  });
  it('takes the newest document that defines the term', () => {
    const docs = [
      { year: 2021, glossary: glossary2021 },
      { year: 2026, glossary: glossary2026 },
    ];
    expect(latestDefinition(docs, 'basic')).toEqual({ year: 2026, entry: glossary2026[1] });
    expect(
      latestDefinition(
        [
          { year: 2021, glossary: glossary2021 },
          { year: 2026, glossary: [] },
        ],
        'basic',
      )?.year,
    ).toBe(2021);
    expect(latestDefinition(docs, 'otherRevenue')).toBeNull();
  });
});
