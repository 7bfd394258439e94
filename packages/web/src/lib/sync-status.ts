import { useEffect, useState } from 'preact/hooks';
import { backgroundSync, type SyncStatus } from '../sync/background.js';

/** The background sync's status, live; starts the sync if this device is signed in. */
export function useSyncStatus(): SyncStatus {
  const sync = backgroundSync();
  const [status, setStatus] = useState(sync.status);
  useEffect(() => {
    const off = sync.subscribe(setStatus);
    void sync.start();
    return off;
  }, [sync]);
  return status;
}
