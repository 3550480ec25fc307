/**
 * Login keys (docs/adr/0009): an account is found by the argon2id hash of its password, salted by the
 * normalised email under this installation's secret. One hash per sign-in finds the account through a unique
 * index, however many accounts share the address, and nothing about an address is learnt without its password.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { hashRaw } from '@node-rs/argon2';
import { ARGON2ID } from './passwords.js';

export interface LoginKeys {
  /** The login key of this (normalised email, password) pair, as hex. */
  keyFor(email: string, password: string): Promise<string>;
  /** A short keyed hash of the email: names it in logs and rate-limit rows without writing it in clear. */
  tag(email: string): string;
  /** Compares two login keys in constant time. */
  same(a: string, b: string): boolean;
}

export function createLoginKeys(secret: string): LoginKeys {
  const mac = (purpose: string, email: string) => createHmac('sha256', secret).update(`${purpose}\0${email}`).digest();
  return {
    async keyFor(email, password) {
      const key = await hashRaw(password, { ...ARGON2ID, salt: mac('login-key-salt', email), outputLen: 32 });
      return key.toString('hex');
    },
    tag: (email) => mac('email-tag', email).toString('hex').slice(0, 16),
    same(a, b) {
      const left = Buffer.from(a, 'hex');
      const right = Buffer.from(b, 'hex');
      return left.length === right.length && timingSafeEqual(left, right);
    },
  };
}
