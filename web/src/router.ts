/**
 * Hash routes (#/series?subject=…): the server serves one index.html, and every view is a
 * function that fills the main element. A newer navigation makes an older, slower one drop
 * its result, so a late answer never paints over the page the reader moved to.
 */
import { h } from './dom.ts';

export interface PageContext {
  root: HTMLElement;
  /** "#/documents/abc" → ['documents', 'abc'] */
  path: string[];
  params: URLSearchParams;
}

export type Page = (ctx: PageContext) => Promise<void>;

export function parseHash(hash: string): { path: string[]; params: URLSearchParams } {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const pathPart = q >= 0 ? raw.slice(0, q) : raw;
  const path = pathPart.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  return { path, params: new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '') };
}

export function startRouter(main: HTMLElement, pick: (path: string[]) => { page: Page; title: string }): void {
  let generation = 0;
  const render = async () => {
    const mine = ++generation;
    const { path, params } = parseHash(location.hash);
    const { page, title } = pick(path);
    const root = h('div', { class: 'page' });
    main.replaceChildren(root);
    document.title = `${title} · tally`;
    for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('header nav a'))) {
      const current = parseHash(a.getAttribute('href') ?? '').path[0] === path[0];
      if (current) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    try {
      await page({ root, path, params });
    } catch (err) {
      if (mine !== generation) return;
      root.append(h('p', { class: 'error', role: 'alert' }, (err as Error).message));
    }
  };
  window.addEventListener('hashchange', () => {
    void render().then(() => main.focus({ preventScroll: true }));
    window.scrollTo(0, 0);
  });
  void render();
}
