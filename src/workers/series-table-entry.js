// Entry of the series table thread (series-table-thread.ts). tsx's loader, registered in the main
// thread by bin/tally.js (or by --import tsx), does not carry over to worker threads: register it
// here, then load the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./series-table-worker.ts');
