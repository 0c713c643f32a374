import { describe, expect, it } from 'vitest';
import { codePath } from './code-path';

describe('codePath', () => {
  it('lists the codes from the top down to the line', () => {
    expect(codePath('2101504')).toEqual(['210', '21015', '2101504']);
    expect(codePath('30217')).toEqual(['302', '30217']);
    expect(codePath('208')).toEqual(['208']);
  });
  it('rejects what is not a code', () => {
    expect(() => codePath('21015041')).toThrow();
    expect(() => codePath('21')).toThrow();
  });
});
