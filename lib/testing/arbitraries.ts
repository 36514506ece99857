import fc from 'fast-check';

// Hand-made arbitraries for what reaches a server action from outside: any JSON-ish value, FormData-like
// strings, Chinese text, and values at the edges of what the schemas accept.

export const chineseText = fc
  .array(fc.integer({ min: 0x4e00, max: 0x9fff }), { minLength: 1, maxLength: 40 })
  .map((codes) => String.fromCodePoint(...codes));

const edgeStrings = fc.constantFrom(
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  '2024-02-30',
  '2024-04-15',
  '<script>alert(1)</script>',
  "'; drop table projects; --",
  '=cmd|calc',
  '\u0000',
  'x'.repeat(5000),
);

const edgeNumbers = fc.constantFrom(0, -1, 1, 2 ** 31, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, 1.5);

/** Any value a forged request could put in a field. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  edgeStrings,
  edgeNumbers,
  chineseText,
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** An input object with the schema's own field names (and a few others), each holding any value. */
export function inputFor(fields: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...fields, 'projectId', 'userId', 'role', 'version', '__proto__', 'constructor'];
  return fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: keys.length });
}

/** Values that have broken request handling before (bytes PostgreSQL refuses, loose numbers, dates out of range). */
export const hostileValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  '\u0000',
  'a\u0000b',
  '\u001b[31m',
  '0001-01-01',
  '9999-12-31',
  '2024-13-01',
  '1e3',
  '0x10',
  ' 12 ',
  '１２',
  true,
  [5],
  { $ne: 1 },
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER,
  '$F1',
  '$@0',
);

/** Mostly the values that broke things before, sometimes anything at all. */
export const probeValue = fc.oneof(
  { arbitrary: hostileValue, weight: 2 },
  { arbitrary: anyValue, weight: 1 },
);
