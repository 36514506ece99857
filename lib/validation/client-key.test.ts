import { describe, expect, it } from 'vitest';
import { newClientKey, uuidFromBytes } from './client-key';
import { clientKey } from './fields';

describe('client keys', () => {
  it('built from random bytes (plain HTTP, no randomUUID) pass the server’s check', () => {
    for (const fill of [0x00, 0xff, 0x5a]) {
      const key = uuidFromBytes(new Uint8Array(16).fill(fill));
      expect(clientKey().safeParse(key).success, key).toBe(true);
    }
    expect(uuidFromBytes(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('are new each time', () => {
    const keys = new Set(Array.from({ length: 100 }, newClientKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(clientKey().safeParse(key).success).toBe(true);
  });
});
