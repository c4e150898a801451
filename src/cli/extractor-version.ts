/**
 * The version the ledger records with each document's claims: a hash of the extractor's code and
 * word lists (src/extract/**). When the extractor improves, re-ingesting the same material
 * re-extracts it (people's reviews are replayed over the new claims); when it has not, a rerun
 * is a no-op.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXTRACT_DIR = fileURLToPath(new URL('../extract/', import.meta.url));

function files(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('__') && !entry.name.startsWith('.')) out.push(...files(path));
    } else if (/\.(?:ts|json)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

let cached: string | undefined;

/** "x-" + 12 hex digits; stable while src/extract is unchanged. */
export function extractorVersion(dir = EXTRACT_DIR): string {
  if (cached && dir === EXTRACT_DIR) return cached;
  const hash = createHash('sha256');
  for (const file of files(dir)) hash.update(file.slice(dir.length)).update('\0').update(readFileSync(file)).update('\0');
  const version = `x-${hash.digest('hex').slice(0, 12)}`;
  if (dir === EXTRACT_DIR) cached = version;
  return version;
}
