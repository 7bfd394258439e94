export { ApiError, callApi } from './api.js';
export { backgroundSync, type SyncStatus, startSyncIfSignedIn } from './background.js';
