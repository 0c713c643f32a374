// One import at a time, from a file picked, dropped on the zone, or dropped anywhere on the page
// (pending-file.ts): the store reads it in a worker (the page never blocks), the progress and its
// milestones come back here, Cancel aborts it, and leaving the view cancels it too (nothing stored).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportOutcome, ImportProgress } from '../../data/imports/types';
import { useDataStore } from '../../state/data-store';
import { milestone, type Milestone } from './import-progress';
import { onFileOffered, takePendingFile } from './pending-file';

export type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string; progress: ImportProgress | null }
  | { status: 'done'; fileName: string; outcome: ImportOutcome; at: number };

/** What a screen reader is told: a milestone of the reading, or that it started. */
export type Announcement = Milestone | { key: 'started'; file: string };

export function useImport() {
  const importDocument = useDataStore((s) => s.importDocument);
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const running = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  const pickUpRef = useRef<() => void>(() => undefined);

  const start = useCallback(
    async (file: File) => {
      if (running.current) return;
      const controller = new AbortController();
      running.current = controller;
      setState({ status: 'reading', fileName: file.name, progress: null });
      setAnnouncement({ key: 'started', file: file.name });
      let last: ImportProgress | null = null;
      const onProgress = (progress: ImportProgress) => {
        if (!mounted.current || controller.signal.aborted) return;
        const reached = milestone(last, progress);
        last = progress;
        setState((s) => (s.status === 'reading' ? { ...s, progress } : s));
        if (reached) setAnnouncement(reached);
      };
      let outcome: ImportOutcome;
      try {
        outcome = await importDocument(file, { onProgress, signal: controller.signal });
      } catch (error) {
        outcome = controller.signal.aborted
          ? { kind: 'cancelled' }
          : {
              kind: 'refused',
              refusal: 'failed',
              detail: error instanceof Error ? error.message : String(error),
              report: null,
            };
      }
      running.current = null;
      if (!mounted.current) return;
      setState({ status: 'done', fileName: file.name, outcome, at: Date.now() });
      setAnnouncement(null); // the outcome is announced by the panel, from the state
      pickUpRef.current(); // a file dropped on the page meanwhile
    },
    [importDocument],
  );

  const cancel = useCallback(() => running.current?.abort(), []);

  // A file dropped anywhere on the page: taken now (after the first render: StrictMode's trial
  // mount must not take it), or when it is offered while the panel is up and not busy.
  useEffect(() => {
    mounted.current = true;
    const pickUp = () => {
      if (running.current) return;
      const file = takePendingFile();
      if (file) void start(file);
    };
    pickUpRef.current = pickUp;
    const timer = setTimeout(pickUp, 0);
    const off = onFileOffered(pickUp);
    return () => {
      clearTimeout(timer);
      off();
      pickUpRef.current = () => undefined;
      mounted.current = false;
      running.current?.abort();
    };
  }, [start]);

  return { state, announcement, start, cancel };
}
