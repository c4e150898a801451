/** The write token, kept in this browser's localStorage once pasted on the Token page. */
const KEY = 'tally.token';

export function getToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  if (token) localStorage.setItem(KEY, token);
  else localStorage.removeItem(KEY);
  document.dispatchEvent(new CustomEvent('tally:token'));
}
