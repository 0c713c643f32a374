import { describe, expect, it } from 'vitest';
import type { ImportRefusal } from '../../data/imports/types';
import type { RefusalKind } from '../../reader/api';
import { refusalMessage } from './refusal-message';

describe('refusalMessage', () => {
  it('has a message for every refusal', () => {
    expect(refusalMessage('too-large', null)).toBe('tooLarge');
    expect(refusalMessage('not-pdf-or-text', null)).toBe('notPdfOrText');
    expect(refusalMessage('not-template', null)).toBe('notTemplate');
    expect(refusalMessage('final-accounts', 'final-account')).toBe('finalAccounts');
    expect(refusalMessage('scanned', 'no-text')).toBe('scanned');
    expect(refusalMessage('damaged', 'truncated')).toBe('damaged');
    expect(refusalMessage('encrypted', 'encrypted')).toBe('encrypted');
    expect(refusalMessage('storage', null)).toBe('storage');
    expect(refusalMessage('failed', null)).toBe('failed');
  });
  it("takes the reader's more precise kind for a reading refusal", () => {
    expect(refusalMessage('damaged', 'incomplete')).toBe('incomplete');
    expect(refusalMessage('not-template', 'broken-encoding')).toBe('brokenEncoding');
    expect(refusalMessage('failed', 'truncated')).toBe('damaged');
  });
  it("keeps the importer's own refusal of the file itself", () => {
    expect(refusalMessage('too-large', 'truncated')).toBe('tooLarge');
    expect(refusalMessage('storage', 'not-template')).toBe('storage');
  });
});

describe('refusal texts', () => {
  it('every message the panel can pick has its text in both languages', async () => {
    const refusals: ImportRefusal[] = [
      'too-large',
      'not-pdf-or-text',
      'not-template',
      'final-accounts',
      'scanned',
      'damaged',
      'encrypted',
      'storage',
      'failed',
    ];
    const kinds: (RefusalKind | null)[] = [
      null,
      'not-pdf',
      'encrypted',
      'truncated',
      'no-text',
      'cancelled',
      'final-account',
      'not-template',
      'incomplete',
      'broken-encoding',
    ];
    const picked = new Set(refusals.flatMap((refusal) => kinds.map((kind) => refusalMessage(refusal, kind))));
    for (const locale of ['en', 'zh-CN']) {
      const texts = (await import(`../../i18n/locales/${locale}/library.json`)).default as {
        refused: { messages: Record<string, string> };
      };
      expect(Object.keys(texts.refused.messages).sort(), locale).toEqual([...picked].sort());
    }
  });
});
