/**
 * Where the CLI runs from: its sources through tsx, or the bundle bin/cli-cache.js made of them.
 * A worker thread's entry is a file of its own, which the bundle holds compiled: a thread started
 * from the bundle loads that file (one read, nothing to compile but plain JavaScript), not the
 * TypeScript through a loader of its own (~0.5 s of CPU per thread on a 2-core machine).
 */

/**
 * The bundle's folder as a file URL ending in '/', or null while the sources run. bin/cli-cache.js
 * writes the folder in when it bundles this file (BUNDLE_MARK).
 */
export const BUNDLE_DIR: string | null = null;

/**
 * The entry of a thread: `bundled` (a thread entry bin/cli-cache.js bundles, THREAD_ENTRIES there)
 * where the CLI runs bundled, else `source` (a .js file that registers tsx, then loads the
 * TypeScript).
 */
export function threadEntry(bundled: string, source: URL): URL {
  return BUNDLE_DIR === null ? source : new URL(bundled, BUNDLE_DIR);
}
