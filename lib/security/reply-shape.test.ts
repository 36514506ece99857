import { describe, expect, it } from 'vitest';
import { MAX_REPLY_DEPTH, refusedArguments, refusedFormPost, refusedMultipartArguments } from './reply-shape';

const args = (...values: unknown[]) => JSON.stringify(values);

describe('refusedArguments: what our clients send passes', () => {
  it.each([
    ['a react-hook-form object', args({ projectId: 3, title: '征地', done: false, note: null, tags: ['a'] })],
    ['an empty object', args({})],
    ['no arguments', '[]'],
    ['a string starting with $, escaped', args({ amount: '$$5' })],
    ['undefined fields', args({ note: '$undefined' })],
    [
      'dates, numbers beyond JSON, bigints',
      args(['$D2026-03-01T00:00:00.000Z', '$NaN', '$Infinity', '$-Infinity', '$-0', '$n-12']),
    ],
    ['an object written twice (a path back to its first place)', args({ a: [1], b: '$0:0:a' })],
    [
      'nesting at the limit',
      args(JSON.parse('['.repeat(MAX_REPLY_DEPTH - 1) + ']'.repeat(MAX_REPLY_DEPTH - 1))),
    ],
  ])('%s', (_name, body) => {
    expect(refusedArguments(body)).toBeNull();
  });
});

describe('refusedArguments: what makes Next throw is refused', () => {
  it.each([
    ['invalid JSON', '{oops'],
    ['an empty body', ''],
    ['a number for the arguments', '5'],
    ['a string for the arguments', '"$$x"'],
    ['an object for the arguments', '{"a":1}'],
    ['a server reference', args('$F1')],
    ['a bound server function', args('$h1')],
    ['a promise', args('$@1')],
    ['a temporary reference', args('$T')],
    ['a map', args('$Q1')],
    ['a set', args('$W1')],
    ['a FormData in a text body', args('$K1')],
    ['a blob', args('$B1')],
    ['a stream', args('$R1')],
    ['an outlined part', args('$1')],
    ['a bare $', args('$')],
    ['an unknown tag', args('$Z')],
    ['a BigInt that is not a number', args('$nabc')],
    ['a path to nothing', args({ a: '$0:zz' })],
    ['a path to a value, not an object', args({ a: 1, b: '$0:0:a' })],
    ['a path into another part', args({ a: '$1:x' })],
    ['a reference deep inside', args({ a: [{ b: { c: '$@2' } }] })],
    ['nesting past the limit', args(JSON.parse('['.repeat(MAX_REPLY_DEPTH) + ']'.repeat(MAX_REPLY_DEPTH)))],
    ['nesting that overflows the decoder', `[${'['.repeat(100_000)}${']'.repeat(100_000)}]`],
  ])('%s', (_name, body) => {
    expect(refusedArguments(body)).toEqual(expect.any(String));
  });
});

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('refusedMultipartArguments', () => {
  it('passes a FormData argument, whatever its entries hold', () => {
    const body = form([
      ['0', args('$K1')],
      ['_1_$ACTION_ID_00ac7ad217fdf1ad1dcf407ec4a8bd60a0b59c184c', ''],
      ['_1_note', '$@1'],
      ['_1_file', new Blob(['x'])],
    ]);
    expect(refusedMultipartArguments(body)).toBeNull();
  });

  it.each<[string, [string, string | Blob][]]>([
    ['no arguments part', [['_1_note', 'x']]],
    ['arguments sent as a file', [['0', new Blob([args({})])]]],
    [
      'a part our clients never send',
      [
        ['0', args('$1')],
        ['1', args({})],
      ],
    ],
    ['a reference in the arguments', [['0', args('$Q1')]]],
    ['invalid JSON in the arguments', [['0', '{']]],
  ])('refuses %s', (_name, entries) => {
    expect(refusedMultipartArguments(form(entries))).toEqual(expect.any(String));
  });
});

describe('refusedFormPost: a form posted before the JavaScript loaded', () => {
  const ID = '00ac7ad217fdf1ad1dcf407ec4a8bd60a0b59c184c';
  const descriptor = JSON.stringify({ id: ID, bound: null });

  it.each<[string, [string, string | Blob][]]>([
    [
      'an action named by a field',
      [
        [`$ACTION_ID_${ID}`, ''],
        ['note', 'x'],
      ],
    ],
    [
      'an action with bound values',
      [
        ['$ACTION_REF_1', ''],
        ['$ACTION_1:0', descriptor],
        ['note', 'x'],
      ],
    ],
  ])('passes %s', (_name, entries) => {
    expect(refusedFormPost(form(entries))).toBeNull();
  });

  it.each<[string, [string, string | Blob][]]>([
    ['a form that names no action', [['note', 'x']]],
    ['a malformed id', [['$ACTION_ID_abc', '']]],
    ['a reference without its descriptor', [['$ACTION_REF_1', '']]],
    [
      'a descriptor that is a file',
      [
        ['$ACTION_REF_1', ''],
        ['$ACTION_1:0', new Blob([descriptor])],
      ],
    ],
    [
      'a descriptor without an id',
      [
        ['$ACTION_REF_1', ''],
        ['$ACTION_1:0', '{"bound":null}'],
      ],
    ],
    [
      'three references',
      [1, 2, 3].flatMap((n): [string, string][] => [
        [`$ACTION_REF_${n}`, ''],
        [`$ACTION_${n}:0`, descriptor],
      ]),
    ],
  ])('refuses %s', (_name, entries) => {
    expect(refusedFormPost(form(entries))).toEqual(expect.any(String));
  });
});
