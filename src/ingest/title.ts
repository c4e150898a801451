/** Titles as pages print them: "Headline | Site", "Headline - Site". */

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: '];
const MAX_SITE_CHARS = 60;

/**
 * Drop a trailing " | Site" from a title: always when it names the publisher; for "|" also when
 * it is short (≤ 4 words), as site names are; dashes only when they name the publisher, since
 * headlines use dashes themselves.
 *
 * @example stripTitleSuffix('Sudan toll rises | Daily Wire', null) // → 'Sudan toll rises'
 */
export function stripTitleSuffix(title: string, publisher: string | null | undefined): string {
  const t = title.trim();
  let at = -1;
  let separator = '';
  for (const sep of SEPARATORS) {
    const k = t.lastIndexOf(sep);
    if (k > at) {
      at = k;
      separator = sep;
    }
  }
  if (at <= 0) return t;
  const suffix = t.slice(at + separator.length).trim();
  if (suffix === '' || suffix.length > MAX_SITE_CHARS) return t;
  const namesPublisher = publisher != null && suffix.toLowerCase() === publisher.trim().toLowerCase();
  const shortAfterPipe = separator === ' | ' && suffix.split(/\s+/).length <= 4;
  return namesPublisher || shortAfterPipe ? t.slice(0, at).trim() : t;
}
