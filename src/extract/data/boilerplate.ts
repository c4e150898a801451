/**
 * What a copy from a news page drags along: line starts and whole lines that are not the story.
 * Matched case-insensitively against the start of a paragraph (after trimming).
 */
export const BOILERPLATE_PREFIXES = [
  'related:', 'related articles', 'related stories', 'related story', 'related coverage', 'related content',
  'read more', 'read also', 'see also', 'more on this', 'more from', 'recommended', 'most read', 'trending',
  'photo:', 'photo credit', 'photograph:', 'photos:', 'image:', 'picture:', 'caption:', 'file photo', 'credit:',
  'video:', 'watch:', 'listen:', 'share post', 'share this', 'share:', 'share', 'donate', 'advertisement',
  'sponsored', 'subscribe', 'sign up', 'newsletter', 'follow us', 'click here', 'copyright', '©', '(c)',
  'all rights reserved', 'for news tips', 'reporting by', '(reporting by', 'writing by', 'editing by',
  '(editing by', 'additional reporting', 'our standards', 'skip to', 'cookie', 'we use cookies',
  'this article was', 'updated:', 'last updated', 'published:', 'get the latest', 'join our', 'comments',
  'tags:', 'topics:', 'filed under',
];

/**
 * Patterns inside a line that mark it as a caption credit or contact line. All linear. `needs`:
 * strings one of which every match contains, looked for first (a plain substring search is much
 * cheaper than the pattern, and most lines hold none of them); empty when there is no such string.
 */
export const BOILERPLATE_PATTERNS: ReadonlyArray<{ pattern: RegExp; needs: readonly string[] }> = [
  { pattern: /\b[A-Z]{2,}\/[A-Z][a-z]+\b/, needs: ['/'] }, // "REUTERS/Jane Doe" photo credits
  { pattern: /\b(?:Getty Images|via Getty|AP Photo|AFP via|Photo by|Photograph:)/, needs: ['Getty', 'Photo', 'AFP via'] },
  { pattern: /\+?\d{1,3}[ .-]\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b/, needs: [] }, // phone numbers
  { pattern: /\b(?:\d{1,2}°\s?[CF]|°[CF])\b/, needs: ['°'] }, // weather widgets
  { pattern: /^\d{1,3} (?:of|\/) \d{1,3} \|/, needs: ['|'] }, // a gallery's "3 of 6 | …" caption
];
