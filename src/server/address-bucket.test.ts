import { describe, expect, it } from 'vitest';
import { addressBucket } from './address-bucket.js';

describe('the address budget a request draws on', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:1:2::abcd', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
  ])('%s draws on %s', (ip, bucket) => {
    expect(addressBucket(ip)).toBe(bucket);
  });

  it('gives every address of one IPv6 /64 the same budget, and another /64 its own', () => {
    const buckets = new Set(['2001:db8:1:2::1', '2001:db8:1:2:aaaa::', '2001:db8:1:2:ffff:1:2:3'].map(addressBucket));
    expect([...buckets]).toEqual(['2001:db8:1:2::/64']);
    expect(addressBucket('2001:db8:1:3::1')).not.toBe(addressBucket('2001:db8:1:2::1'));
  });
});
