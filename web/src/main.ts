/** The dashboard: routes to pages, the search box, and the token indicator. */
import './style.css';
import { claimsPage } from './pages/claims.ts';
import { documentPage } from './pages/document.ts';
import { documentsPage } from './pages/documents.ts';
import { ingestPage } from './pages/ingest.ts';
import { overviewPage } from './pages/overview.ts';
import { seriesPage } from './pages/series.ts';
import { tokenPage } from './pages/token.ts';
import { startRouter, type Page } from './router.ts';
import { getToken } from './token.ts';

const main = document.getElementById('main')!;

function pick(path: string[]): { page: Page; title: string } {
  switch (path[0]) {
    case 'series': return { page: seriesPage, title: 'Series' };
    case 'claims': return { page: claimsPage, title: 'Claims' };
    case 'documents': return path[1] ? { page: documentPage, title: 'Document' } : { page: documentsPage, title: 'Documents' };
    case 'ingest': return { page: ingestPage, title: 'Ingest' };
    case 'token': return { page: tokenPage, title: 'Token' };
    default: return { page: overviewPage, title: 'Overview' };
  }
}

const search = document.getElementById('search') as HTMLFormElement;
search.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = String(new FormData(search).get('q') ?? '').trim();
  location.hash = q ? `#/claims?text=${encodeURIComponent(q)}` : '#/claims';
});

function showTokenState(): void {
  document.getElementById('token-link')!.textContent = getToken() ? 'Token ✓' : 'Token';
}
document.addEventListener('tally:token', showTokenState);
showTokenState();

startRouter(main, pick);
