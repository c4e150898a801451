// Entry of the series worker thread. tsx's loader, registered in the main thread by bin/tally.js
// (or by --import tsx), does not carry over to worker threads: register it here, then load the
// TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./series-worker.ts');
