/**
 * Building DOM safely: every piece of data goes in as a text node or an attribute value set
 * through the DOM API, never through innerHTML, so article text with markup in it stays text.
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** `h('a', { href: '#/x', class: 'link' }, 'text', child)` */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'href') el.setAttribute('href', safeHref(String(value)));
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Links from data (publication urls) may say `javascript:`: only http(s), mailto and in-app links pass. */
export function safeHref(value: string): string {
  const trimmed = value.trim();
  if (trimmed.startsWith('#') || trimmed.startsWith('/api/')) return trimmed;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : '#';
  } catch {
    return '#';
  }
}

/** An external link, or plain text when the url is not one we would follow. */
export function externalLink(url: string | null, text: string): Node {
  if (!url || safeHref(url) === '#') return document.createTextNode(text);
  return h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, text);
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Tell screen readers what changed (the polite live region in index.html). */
export function announce(message: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = message;
}
