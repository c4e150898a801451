/**
 * The dashboard's Content-Security-Policy: scripts, styles and connections only from this
 * server, no inline script or style, no plugins, no framing. Article text is shown with
 * textContent, so even a policy bypass would find no markup to run.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};
