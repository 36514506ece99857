// The shape of a server action's arguments as React's encodeReply writes them for our clients, checked before
// Next decodes them: decoding throws (a 500 and a logged stack trace) on invalid JSON, on references to parts
// the body does not hold, on bad BigInts, on deep nesting. Our clients pass plain data only (react-hook-form
// values, literal objects, the FormData of a form), so anything beyond that is refused as a client error.
//
// In a reply, a string starting with "$" is an instruction to the decoder. encodeReply writes, for plain data:
//   "$$…"         a string that itself starts with "$"
//   "$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0", "$D<ISO date>", "$n<digits>" (BigInt)
//   "$0:<path>"   a second occurrence of an object or array already written at <path> of the arguments
//   "$K<hex>"     a FormData argument, its entries sent as parts "_<hex>_<name>" (multipart bodies only)
// Everything else points at promises, streams, blobs, maps, sets, server references or temporary references
// ($@, $R, $B, $Q, $W, $h, $T, $1 …), which our clients never send.
//
// A form posted before the JavaScript loaded is no reply: React names its action in the form's own fields.

/** Our forms nest a few levels; the decoder overflows its stack on a few thousand. */
export const MAX_REPLY_DEPTH = 32;

const SCALAR = /^\$(?:\$|D|undefined$|NaN$|Infinity$|-Infinity$|-0$|n-?\d{1,300}$)/;
const PATH = /^\$0:/;
const FORM_DATA = /^\$K[0-9a-f]+$/;
/** The entries of a FormData argument: "_<part id>_<entry name>". */
const FORM_DATA_ENTRY = /^_[0-9a-f]+_/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Whether "$0:a:b" names an object or array written in the arguments (what encodeReply refers to). */
function resolvesToObject(root: Json, reference: string): boolean {
  let node: Json | undefined = root;
  for (const key of reference.slice(3).split(':')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, Json>)[key];
  }
  return typeof node === 'object' && node !== null;
}

function refusedString(value: string, root: Json, allowFormData: boolean): boolean {
  if (value[0] !== '$' || SCALAR.test(value)) return false;
  if (PATH.test(value)) return !resolvesToObject(root, value);
  return !(allowFormData && FORM_DATA.test(value));
}

/**
 * Why the arguments' JSON is refused, or null if it is what our clients send: an array (the arguments) of
 * plain data. Walks without recursion, so a deeply nested body cannot overflow this check either.
 */
export function refusedArguments(text: string, allowFormData = false): string | null {
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch {
    return 'arguments are not JSON';
  }
  if (!Array.isArray(root)) return 'arguments are not an array';
  const stack: { value: Json; depth: number }[] = [{ value: root, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, depth } = item;
    if (typeof value === 'string') {
      if (refusedString(value, root, allowFormData))
        return 'arguments hold a reference our clients never send';
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_REPLY_DEPTH) return 'arguments nest too deeply';
      for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * The same for a multipart body: the arguments in part "0", and otherwise only the entries of FormData
 * arguments. Entry values are the user's data, never decoded as references.
 */
export function refusedMultipartArguments(form: FormData): string | null {
  const root = form.get('0');
  if (typeof root !== 'string') return 'arguments are missing';
  for (const name of form.keys()) {
    if (name !== '0' && !FORM_DATA_ENTRY.test(name)) return 'body holds a part our clients never send';
  }
  return refusedArguments(root, true);
}

/** A form's action as React renders it: its id in a field name, or a field holding its id and bound values. */
const FORM_ACTION_ID = /^\$ACTION_ID_[0-9a-f]{42}$/i;
const FORM_ACTION_REF = /^\$ACTION_REF_(.*)$/;
const FORM_ACTION_DESCRIPTOR = /^\{"id":"[0-9a-f]{42}"/i;

/**
 * Why a form posted without JavaScript is refused, or null if it names a server action the way React's
 * forms do; Next checks the same before it decodes the form (answering 400, but with a logged stack trace).
 * Whether the id is one of this build's is left to Next.
 */
export function refusedFormPost(form: FormData): string | null {
  let actions = 0;
  let references = 0;
  for (const name of form.keys()) {
    if (!name.startsWith('$ACTION_')) continue;
    const reference = FORM_ACTION_REF.exec(name);
    if (reference) {
      const descriptor = form.getAll(`$ACTION_${reference[1]}:0`);
      const valid = descriptor.length === 1 && FORM_ACTION_DESCRIPTOR.test(String(descriptor[0]));
      // React writes at most two: the form's action and a submit button's own.
      if (++references > 2 || !valid) return 'malformed form action';
      actions++;
    } else if (name.startsWith('$ACTION_ID_')) {
      if (!FORM_ACTION_ID.test(name)) return 'malformed form action';
      actions++;
    }
  }
  return actions > 0 ? null : 'form names no server action';
}
