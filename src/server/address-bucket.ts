/** Client addresses as the limits see them (the API's flood control and the sign-in guard alike). */
import { isIP } from 'node:net';

/**
 * The budget an address draws on. An IPv6 host is usually given a whole /64 and can pick a new address in it
 * for each request, so IPv6 addresses share their /64's budget; IPv4 (also IPv4-mapped IPv6) is the address.
 */
export function addressBucket(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1] !== undefined) return mapped[1];
  const address = ip.split('%')[0] ?? ip;
  if (isIP(address) !== 6) return ip;
  const groupsOf = (part: string) =>
    part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  const [head = '', tail] = address.split('::');
  const front = groupsOf(head);
  const back = tail === undefined ? [] : groupsOf(tail);
  const groups = [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
