// Copy to the clipboard with a spoken result. The Clipboard API needs a secure context and
// permission; where it is missing the text stays selected in its field for a manual copy.
import { useCallback, useState } from 'react';

export type CopyStatus = 'idle' | 'done' | 'failed';

export function useCopy(): [CopyStatus, (text: string, field?: HTMLInputElement | HTMLTextAreaElement | null) => void] {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = useCallback((text: string, field?: HTMLInputElement | HTMLTextAreaElement | null) => {
    field?.select();
    const clipboard = globalThis.navigator?.clipboard;
    if (!clipboard) {
      setStatus('failed');
      return;
    }
    clipboard.writeText(text).then(
      () => setStatus('done'),
      () => setStatus('failed'),
    );
  }, []);
  return [status, copy];
}
