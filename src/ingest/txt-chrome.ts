/**
 * What a copy of a whole news page drags along around the story: navigation, "Skip to content",
 * cookie notices before the title; share buttons, credits, "Related" lists, footers after the
 * last paragraph. Only the edges are judged here; boilerplate INSIDE the body (link lines,
 * captions, widgets) is the extractor's segment stage's job, so that JSONL input gets the same.
 * Every test is a whole-line check with bounded, unambiguous patterns.
 */

const wordCount = (line: string): number => (line.trim() === '' ? 0 : line.trim().split(/\s+/).length);

// Sentence-final punctuation, possibly followed by a closing quote or bracket.
const SENTENCE_END = /[.!?…]["'”’)\]]?$/;

/** A line of running prose: enough words and a sentence end. */
export function isBodyLike(line: string): boolean {
  return wordCount(line) >= 6 && SENTENCE_END.test(line.trim());
}

/** A short line with no sentence end: a menu entry, a section name, a button. */
export function isShortLabel(line: string, maxWords: number): boolean {
  const t = line.trim();
  return t !== '' && t.length <= 40 && wordCount(t) <= maxWords && !SENTENCE_END.test(t);
}

/** "Home | World | Business", "Home > World > Asia", "News / Politics / Europe". */
export function isNavLine(line: string): boolean {
  const pieces = line.split(/[|•·>/]/).map((p) => p.trim());
  if (pieces.length < 3) return false;
  return pieces.every((p) => p !== '' && p.length <= 25 && wordCount(p) <= 3);
}

const SITE_CONTROLS =
  /^(?:skip to (?:main )?(?:content|navigation|search|footer)|menu|main menu|open menu|close menu|toggle navigation|navigation|search|sign in|sign up|log ?in|log out|register|subscribe|subscribe now|home|close|account|my account|newsletters?|edition|select edition|sections|live tv|watch live|listen live|more|advertisement|advertising|ad|sponsored|follow|share|share this|share this article|share post|print|email|tweet|listen to (?:this )?article|save|comments?|back to top|top)$/i;

const COOKIE_WORD = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(?:we use|use of|accept|consent|privacy|settings|preferences|personali[sz]e|partners)\b/i;
const COOKIE_BUTTON = /^(?:accept(?: all)?(?: cookies)?|reject all|decline|manage (?:cookies|preferences|settings|options)|cookie settings|allow all|i agree|agree|got it|ok)$/i;

/** Cookie banners and their buttons. */
export function isCookieNotice(line: string): boolean {
  const t = line.trim();
  return COOKIE_BUTTON.test(t) || (COOKIE_WORD.test(t) && COOKIE_CONTEXT.test(t));
}

/** Chrome that comes before the title: site controls, navigation, cookie notices, stray labels. */
export function isLeadingChrome(line: string): boolean {
  const t = line.trim();
  return SITE_CONTROLS.test(t) || isNavLine(t) || isCookieNotice(t) || isShortLabel(t, 2);
}

const FOOTER =
  /^(?:©|\(c\)\s|copyright\b|all rights reserved|(?:additional )?reporting by\b|(?:writing|editing|compiled|produced) by\b|our standards\b|terms (?:of|and) (?:use|service|conditions)|privacy(?: policy| notice)?$|cookie (?:policy|settings)$|contact(?: us)?$|about(?: us)?$|accessibility$|sitemap$|careers$|help$|faq$|follow us\b|sign up\b|get (?:the|our) \S+ newsletter|download (?:the|our) app)/i;
const ALL_RIGHTS = /all rights reserved/i;

/** Chrome that comes after the story: footers, credits, buttons, navigation, labels. */
export function isTrailingChrome(line: string): boolean {
  const t = line.trim();
  return FOOTER.test(t) || ALL_RIGHTS.test(t) || SITE_CONTROLS.test(t) || isNavLine(t) || isCookieNotice(t) || isShortLabel(t, 3);
}

// The heading of a list of other stories: from here to the end nothing is the story.
const TRAILING_BLOCK =
  /^(?:related(?: articles| stories| coverage| content| news| topics| reading)?|read more|more on this (?:story|topic)|more from .{1,40}|more stories|recommended(?: stories| reading| for you)?|most (?:read|popular|viewed|shared)|you (?:may|might) also like|latest(?: news| stories| headlines)?|trending(?: now| stories)?|what to read next|further reading|see also|topics|tags|explore more|in other news)\s*:?$/i;

/** "Related articles", "Most read", "More from Reuters": the start of a trailing list block. */
export function isTrailingBlockHeading(line: string): boolean {
  return TRAILING_BLOCK.test(line.trim());
}
