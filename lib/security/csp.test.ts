import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce } from './csp';

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

describe('contentSecurityPolicy', () => {
  const nonce = 'q83vEjRWeJq83vEjRWeJqw==';

  it('allows scripts by nonce only, in production', () => {
    expect(contentSecurityPolicy({ nonce, development: false })).toBe(
      "default-src 'self'; script-src 'self' 'nonce-q83vEjRWeJq83vEjRWeJqw==' 'strict-dynamic'; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it("adds 'unsafe-eval' to scripts in development only", () => {
    const dev = directives(contentSecurityPolicy({ nonce, development: true }));
    expect(dev.get('script-src')).toEqual([
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      "'unsafe-eval'",
    ]);
    const prod = contentSecurityPolicy({ nonce, development: false });
    expect(prod).not.toContain('unsafe-eval');
  });

  it.each([false, true])(
    'never lets inline scripts run without the nonce (development: %s)',
    (development) => {
      const scripts = directives(contentSecurityPolicy({ nonce, development })).get('script-src');
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(directives(contentSecurityPolicy({ nonce: null, development })).get('script-src')).not.toContain(
        "'unsafe-inline'",
      );
    },
  );

  it("without a nonce allows same-origin script files only (no 'strict-dynamic', which would block them)", () => {
    expect(directives(contentSecurityPolicy({ nonce: null, development: false })).get('script-src')).toEqual([
      "'self'",
    ]);
  });

  it('keeps the framing, plugin, base and form restrictions', () => {
    const policy = directives(contentSecurityPolicy({ nonce, development: false }));
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });

  it.each(["abc'; script-src *", 'short', 'q83vEjRWeJq83vEjRWeJqw== x', ''])('refuses the nonce %j', (bad) =>
    expect(() => contentSecurityPolicy({ nonce: bad, development: false })).toThrow(),
  );
});

describe('createNonce', () => {
  it('makes 128-bit base64 nonces the policy accepts, different each time', () => {
    const nonces = Array.from({ length: 100 }, createNonce);
    for (const n of nonces) {
      expect(atob(n)).toHaveLength(16);
      expect(() => contentSecurityPolicy({ nonce: n, development: false })).not.toThrow();
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
