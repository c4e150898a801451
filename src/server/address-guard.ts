/**
 * Anyone with a write token can ask the server to fetch a URL. Without a guard that is a way to
 * read the server's own network (loopback, private ranges, cloud metadata at 169.254.169.254).
 * Hosts are resolved first and refused when any address is not public; `tally serve
 * --allow-private-urls` lifts the guard for a newsroom's own intranet.
 * The fetch resolves the name again, so a DNS answer that changes in between is not caught.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { InputError } from '../core/errors.ts';

function privateV4(a: string): boolean {
  const [x = 0, y = 0] = a.split('.').map(Number);
  return x === 10 || x === 127 || x === 0 || (x === 169 && y === 254) || (x === 172 && y >= 16 && y <= 31) ||
    (x === 192 && y === 168) || (x === 100 && y >= 64 && y <= 127) || x >= 224;
}

function privateV6(a: string): boolean {
  const s = a.toLowerCase();
  if (s === '::1' || s === '::') return true;
  if (s.startsWith('::ffff:')) return privateV4(s.slice(7));
  return /^f[cd]/.test(s) || /^fe[89ab]/.test(s) || s.startsWith('ff');
}

/** Is this IP address outside the public internet (loopback, private, link-local, multicast)? */
export function isPrivateAddress(address: string): boolean {
  const v = isIP(address);
  return v === 4 ? privateV4(address) : v === 6 ? privateV6(address) : true;
}

/** Throws an InputError when the URL's host is, or resolves to, a non-public address. */
export async function assertPublicUrl(url: string): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new InputError(`cannot resolve ${host}`, { file: url });
  if (addresses.some(isPrivateAddress)) {
    throw new InputError(`refusing to fetch ${host}: it is a private or local address`, { file: url }, 'tally serve --allow-private-urls permits it');
  }
}
