/**
 * Words of reproduced statements (voice.ts): the verbs a lead-in introduces a body's own text with, and the names of
 * the texts bodies issue.
 */

/** "X wrote on Telegram:", "X posted his morning summary", "X published the following press note". */
export const REPRODUCING_VERBS: readonly string[] = [
  'wrote', 'posted', 'published', 'issued', 'released', 'shared', 'put out', 'sent out', 'read out',
];

/** What a body issues: "a report issued by X", "Communique No. 71 of X", "Press Note dated …". */
export const PRODUCT_NOUNS: readonly string[] = [
  'statement', 'report', 'communique', 'communiqué', 'post', 'message', 'summary', 'release', 'press release', 'bulletin', 'note',
  'press note', 'update', 'address', 'briefing', 'announcement', 'declaration', 'notice', 'dispatch', 'digest',
];
