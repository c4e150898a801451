/** Token page: paste the write token (kept in this browser only) or forget it. */
import { h } from '../dom.ts';
import type { PageContext } from '../router.ts';
import { getToken, setToken } from '../token.ts';

export async function tokenPage({ root }: PageContext): Promise<void> {
  const state = h('p', { role: 'status' }, getToken() ? 'A token is set in this browser.' : 'No token is set: you can read everything, but not review or ingest.');
  const form = h('form', { class: 'token-form' },
    h('label', { for: 'token-input' }, 'Token'),
    h('input', { id: 'token-input', name: 'token', type: 'password', autocomplete: 'off', required: true, placeholder: 'tally_…' }),
    h('button', { type: 'submit' }, 'Save'),
  );
  const forget = h('button', { type: 'button' }, 'Forget the token');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setToken(String(new FormData(form).get('token') ?? '').trim() || null);
    state.textContent = 'Token saved in this browser.';
    form.reset();
  });
  forget.addEventListener('click', () => {
    setToken(null);
    state.textContent = 'Token forgotten.';
  });
  root.append(
    h('h1', {}, 'Token'),
    h('p', {}, 'Reviewing and ingesting need a token. Whoever runs this server makes one with ', h('code', {}, 'tally token create NAME'), '; reviews are recorded under that name.'),
    state, form, forget,
  );
}
