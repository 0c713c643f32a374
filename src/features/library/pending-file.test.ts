import { describe, expect, it, vi } from 'vitest';
import { carriesFiles, firstFile } from './drag-files';
import { offerFile, onFileOffered, takePendingFile } from './pending-file';

describe('pending file', () => {
  it('waits for the panel, is taken once, and tells a listening panel', () => {
    const file = new File(['x'], 'budget.pdf');
    offerFile(file);
    expect(takePendingFile()).toBe(file);
    expect(takePendingFile()).toBeNull();

    const listener = vi.fn();
    const off = onFileOffered(listener);
    offerFile(file);
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    offerFile(new File(['y'], 'later.pdf'));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(takePendingFile()?.name).toBe('later.pdf');
  });
});

describe('drags', () => {
  it('opens only for files, never for text dragged in the page', () => {
    expect(carriesFiles({ types: ['Files'] })).toBe(true);
    expect(carriesFiles({ types: ['text/plain', 'text/html'] })).toBe(false);
    expect(carriesFiles({ types: ['text/uri-list'] })).toBe(false);
    expect(carriesFiles(null)).toBe(false);
  });
  it('takes the first file of a drop', () => {
    const file = new File(['x'], 'a.pdf');
    expect(firstFile({ files: [file] as unknown as FileList })).toBe(file);
    expect(firstFile({ files: [] as unknown as FileList })).toBeNull();
    expect(firstFile(undefined)).toBeNull();
  });
});
