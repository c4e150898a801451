// Entry of the summary helper thread (summary-jobs.ts) while the sources run: tsx's loader,
// registered in the main thread by bin/tally.js (or by --import tsx), does not carry over to
// worker threads: register it here, then load the TypeScript. (The bundled CLI starts the
// bundled summary-thread.js instead.)
import { register } from 'tsx/esm/api';

register();
await import('./summary-thread.ts');
