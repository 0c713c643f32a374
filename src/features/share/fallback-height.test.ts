import { describe, expect, it } from 'vitest';
import { fallbackHeightOf } from './fallback-height';

describe('fallbackHeightOf', () => {
  it('gives tables more room than charts', () => {
    expect(fallbackHeightOf('table-expenditureByFunction')).toBeGreaterThan(fallbackHeightOf('treemap-function'));
  });
});
