import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATIONS,
  DEPTH_OF,
  LEVELS_OF,
  MEASURES_OF,
  effectiveLevel,
  effectiveMeasure,
  isMeasureOf,
  resolveMeasure,
} from './classifications';

describe('measures', () => {
  it('are the columns of each classification table, the total first', () => {
    expect(MEASURES_OF.function).toEqual(['total', 'basic', 'project']);
    expect(MEASURES_OF.economic).toEqual(['total', 'personnel', 'publicUse']);
    expect(isMeasureOf('economic', 'personnel')).toBe(true);
    expect(isMeasureOf('function', 'personnel')).toBe(false);
  });

  it('fall back to the total where the classification does not have the one asked for', () => {
    expect(resolveMeasure('economic', 'basic')).toEqual({ measure: 'total', valid: false });
    expect(resolveMeasure('function', 'project')).toEqual({ measure: 'project', valid: true });
    expect(effectiveMeasure('function', 'publicUse')).toBe('total');
  });
});

describe('levels', () => {
  it('go as deep as the codes, and a level too deep gives the deepest', () => {
    for (const cls of CLASSIFICATIONS) expect(LEVELS_OF[cls]).toContain(`${DEPTH_OF[cls]}`);
    expect(LEVELS_OF.economic).not.toContain('3');
    expect(effectiveLevel('economic', '3')).toBe('2');
    expect(effectiveLevel('economic', 'all')).toBe('all');
    expect(effectiveLevel('function', '3')).toBe('3');
  });
});
