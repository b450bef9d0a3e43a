import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../utils/contest/canonical-json';
import { SeededRandom, hexToBytes, isSeed, newSeed, seedHash, sha256Hex } from '../../../utils/contest/crypto';

const SEED = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';

/** The words of the random source, computed independently with Node's own HMAC. */
function referenceWords(seed: string, blocks: number): number[] {
  const words: number[] = [];
  for (let block = 0; block < blocks; block++) {
    const message = Buffer.alloc(8);
    message.writeBigUInt64BE(BigInt(block));
    const mac = createHmac('sha256', Buffer.from(seed, 'hex')).update(message).digest();
    for (let offset = 0; offset < 32; offset += 4) words.push(mac.readUInt32BE(offset));
  }
  return words;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('sorts keys by code unit, not by locale, and escapes strings as JSON does', () => {
    expect(canonicalJson({ é: 1, Z: 2, a: 3, '10': 4, '9': 5 })).toBe('{"10":4,"9":5,"Z":2,"a":3,"é":1}');
    expect(canonicalJson({ text: 'line\n"quoted" \u2028 🚀' })).toBe('{"text":"line\\n\\"quoted\\" \u2028 🚀"}');
  });

  it('leaves out undefined fields, as JSON.stringify does, so an absent rule and an undefined one hash the same', () => {
    expect(canonicalJson({ a: 1, deadline: undefined })).toBe('{"a":1}');
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ a: NaN })).toThrow(/NaN/);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(/function/);
  });
});

describe('hashes and seeds', () => {
  it('SHA-256 of text is over its UTF-8 bytes', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('Конкурс 🎁')).toBe(createHash('sha256').update('Конкурс 🎁', 'utf8').digest('hex'));
  });

  it("a seed's hash is over its 32 bytes", async () => {
    expect(await seedHash(SEED)).toBe(createHash('sha256').update(Buffer.from(SEED, 'hex')).digest('hex'));
  });

  it('a new seed is 32 random bytes as 64 hex digits, different every time', () => {
    const seeds = new Set(Array.from({ length: 100 }, newSeed));
    expect(seeds.size).toBe(100);
    for (const seed of seeds) expect(isSeed(seed)).toBe(true);
    expect(isSeed('ABC')).toBe(false);
  });

  it('hex digits turn into bytes, and odd or foreign digits are refused', () => {
    expect([...hexToBytes('00ff10')]).toEqual([0, 255, 16]);
    expect(() => hexToBytes('abc')).toThrow();
    expect(() => hexToBytes('zz')).toThrow();
  });
});

describe('the seeded random source', () => {
  it('uses HMAC-SHA-256 with the seed as key and the block counter as message, 32-bit words in order', async () => {
    const random = await SeededRandom.fromSeed(SEED);
    const drawn: number[] = [];
    for (let index = 0; index < 20; index++) drawn.push(await random.below(2 ** 32));
    expect(drawn).toEqual(referenceWords(SEED, 3).slice(0, 20));
  });

  it('rejects the words above the largest multiple of n, so no value is favoured', async () => {
    // For n = 2³¹ + 1 the largest multiple below 2³² is n itself: nearly half the words are rejected.
    const n = 2 ** 31 + 1;
    const expected = referenceWords(SEED, 8).filter((word) => word < n).slice(0, 20).map((word) => word % n);
    const random = await SeededRandom.fromSeed(SEED);
    const drawn: number[] = [];
    for (let index = 0; index < 20; index++) drawn.push(await random.below(n));
    expect(drawn).toEqual(expected);
  });

  it('answers a small range as word modulo n when the word is below the limit', async () => {
    const expected = referenceWords(SEED, 1).map((word) => word % 6);
    const random = await SeededRandom.fromSeed(SEED);
    const drawn: number[] = [];
    for (let index = 0; index < 8; index++) drawn.push(await random.below(6));
    // 2³² mod 6 = 4: only the words 4 294 967 292…4 294 967 295 would be rejected.
    expect(referenceWords(SEED, 1).every((word) => word < 2 ** 32 - 4)).toBe(true);
    expect(drawn).toEqual(expected);
  });

  it('refuses a range it cannot draw from', async () => {
    const random = await SeededRandom.fromSeed(SEED);
    await expect(random.below(0)).rejects.toThrow(RangeError);
    await expect(random.below(1.5)).rejects.toThrow(RangeError);
    await expect(random.below(2 ** 32 + 1)).rejects.toThrow(RangeError);
  });
});
