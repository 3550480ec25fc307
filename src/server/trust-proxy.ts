/**
 * Which reverse proxies' X-Forwarded-For the server believes. Trusting every hop would let a client name any
 * address in the first hop and get a fresh rate-limit bucket each time, so only two forms exist: a hop count
 * (the server is reachable only through that many proxies) or the proxies' own addresses/CIDRs.
 */
import { isIP } from 'node:net';

export type TrustProxy = false | number | readonly string[];

/** An IPv4/IPv6 address, or one with a /prefix (CIDR). */
export function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * In Fastify's form. This Fastify treats a bare number as "trust nothing", so a hop count becomes a function
 * that trusts the first `hops` addresses counted from the socket: the client is the address just beyond them.
 */
export function fastifyTrustProxy(
  trust: TrustProxy | undefined,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trust === undefined || trust === false) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return [...trust];
}
