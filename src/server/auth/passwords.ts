import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * argon2id with the OWASP minimum parameters (19 MiB, 2 passes, 1 lane): about 50 ms per hash here.
 * `Algorithm` is an ambient const enum, which isolatedModules cannot read, hence the literal 2 (= Argon2id).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- see above: the enum cannot be read under isolatedModules.
export const ARGON2ID = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Verifying against this when the email is unknown keeps the response time the same, so timing does not reveal accounts. */
export function hashForTiming(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-only-for-timing');
  return dummyHash;
}
