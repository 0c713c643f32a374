// Nothing renders over data that is not loaded and valid: a loading state, or an error screen
// that names what failed, with a retry. Never a blank page.
import type { ReactNode } from 'react';
import { useDataStore } from '../state/data-store';
import { LoadingScreen } from '../components/LoadingScreen';
import { ErrorScreen } from '../components/ErrorScreen';

export function DataGate({ children }: { children: ReactNode }) {
  const status = useDataStore((s) => s.status);
  const error = useDataStore((s) => s.error);
  const load = useDataStore((s) => s.load);
  if (status === 'error' && error) {
    return <ErrorScreen kind={error.kind} file={error.file} detail={error.detail} onRetry={() => void load()} />;
  }
  if (status !== 'ready') return <LoadingScreen />;
  return <>{children}</>;
}
