/** Where the dashboard lives: <repo>/web (sources) and <repo>/web/dist (the build the server serves). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');
export const WEB_DIST = join(WEB_ROOT, 'dist');
