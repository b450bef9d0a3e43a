/** The draw's cryptography, all through Web Crypto: the seed, SHA-256, and a seeded random source. */

/** A seed is 32 random bytes, written as 64 lowercase hex digits. */
export const SEED_BYTES = 32;
const HEX_SEED = /^[0-9a-f]{64}$/;

export function newSeed(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(SEED_BYTES)));
}

export function isSeed(text: string): boolean {
  return HEX_SEED.test(text);
}

/** SHA-256 as 64 lowercase hex digits; text is hashed as its UTF-8 bytes. */
export async function sha256Hex(data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

/** The seed's hash is over its 32 bytes, not over its hex text. */
export function seedHash(seed: string): Promise<string> {
  return sha256Hex(hexToBytes(seed));
}

function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new TypeError('not an even number of hex digits');
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index++) bytes[index] = parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}

/**
 * Random integers that anyone holding the seed gets again, in the same order.
 *
 * Block k is HMAC-SHA-256(key = the seed's bytes, message = k as an unsigned 64-bit big-endian
 * number), for k = 0, 1, 2, …; each block is eight unsigned 32-bit big-endian words, used in
 * order. `below(n)` takes words until one is under the largest multiple of n that fits in 2³²
 * and answers it modulo n. Rejecting the words above that multiple gives every value from 0 to
 * n − 1 exactly the same chance; a plain `word % n` would favour the small ones.
 */
export class SeededRandom {
  private block = 0;
  private words: number[] = [];

  private constructor(private readonly key: CryptoKey) {}

  static async fromSeed(seed: string): Promise<SeededRandom> {
    const key = await crypto.subtle.importKey('raw', hexToBytes(seed), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return new SeededRandom(key);
  }

  /** A whole number from 0 to n − 1; n from 1 to 2³². */
  async below(n: number): Promise<number> {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`cannot draw below ${n}`);
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const word = await this.nextWord();
      if (word < limit) return word % n;
    }
  }

  private async nextWord(): Promise<number> {
    if (this.words.length === 0) await this.refill();
    return this.words.shift()!;
  }

  private async refill(): Promise<void> {
    const message = new Uint8Array(8);
    new DataView(message.buffer).setBigUint64(0, BigInt(this.block));
    this.block += 1;
    const mac = new DataView(await crypto.subtle.sign('HMAC', this.key, message));
    for (let offset = 0; offset < mac.byteLength; offset += 4) this.words.push(mac.getUint32(offset));
  }
}
