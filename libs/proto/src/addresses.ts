import { CoordinatorAddressError } from './errors';

// A DNS name or IPv4 address (letters, digits, dots, hyphens, underscores), or [IPv6].
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+(?:%[A-Za-z0-9]+)?\])$/;

/** Checks one HOST:PORT address; returns it trimmed. */
export function parseCoordinatorAddress(raw: string): string {
  const address = raw.trim();
  if (address === '') throw new CoordinatorAddressError(raw, 'empty address (expected HOST:PORT)');
  const colon = address.lastIndexOf(':');
  if (colon <= 0) throw new CoordinatorAddressError(address, 'expected HOST:PORT');
  const host = address.slice(0, colon);
  const port = address.slice(colon + 1);
  if (!HOST.test(host)) {
    throw new CoordinatorAddressError(
      address,
      host.includes(':') ? 'an IPv6 host goes in brackets: [::1]:7070' : `invalid host ${host}`,
    );
  }
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65_535) {
    throw new CoordinatorAddressError(address, `port must be an integer in [1, 65535]`);
  }
  return address;
}

/**
 * `HOST:PORT[,HOST:PORT...]`: the coordinators to try, in order (several coordinators on
 * one database). Every entry is checked; the first bad one is named.
 */
export function parseCoordinatorAddresses(value: string): string[] {
  const addresses = value.split(',').map(parseCoordinatorAddress);
  const seen = new Set<string>();
  for (const a of addresses) {
    if (seen.has(a)) throw new CoordinatorAddressError(a, 'listed twice');
    seen.add(a);
  }
  return addresses;
}
