// Authenticated encryption for the vault: AES-256-GCM from Node's built-in crypto (OpenSSL), a fresh
// random 96-bit IV for every seal, a 128-bit tag, and associated data (AAD) that binds a ciphertext
// to where it belongs (a secret to its presence and kind, a wrapped key to its row), so a ciphertext
// copied elsewhere does not open. Sealed form: base64 of iv ‖ tag ‖ ciphertext.
import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';

export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const ALGORITHM = 'aes-256-gcm';

/** A ciphertext did not open: wrong key, altered bytes, or moved to another row. Carries no data. */
export class SealBroken extends Error {
  constructor() {
    super('The sealed value does not open with this key and context.');
    this.name = 'SealBroken';
  }
}

/** A new random 256-bit key. */
export function newKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

function checkKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new RangeError(`a vault key has ${KEY_BYTES} bytes`);
}

export function seal(key: Buffer, plaintext: Buffer | string, aad: string): string {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
  const body = Buffer.concat([cipher.update(data), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function open(key: Buffer, sealed: string, aad: string): Buffer {
  checkKey(key);
  const raw = Buffer.from(sealed, 'base64');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new SealBroken();
  const iv = raw.subarray(0, IV_BYTES);
  const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const body = raw.subarray(IV_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new SealBroken();
  }
}

export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

// ---------- what each kind of ciphertext is bound to

/** A secret's value: its presence and kind. */
export const secretAad = (presenceId: number, kind: string) => `vigie:secret:v1:${presenceId}:${kind}`;

/** A unit's data key, wrapped by the master key: its vault_keys row. */
export const wrapAad = (keyId: number) => `vigie:vault-key:v1:${keyId}`;

/** The known value that tells a right master key from a wrong one. */
export const KEY_CHECK_AAD = 'vigie:key-check:v1';
export const KEY_CHECK_TEXT = 'vigie vault master key check v1';
