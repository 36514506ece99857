// The parts of zod the schemas use, and only those. `import { z } from 'zod'` is zod's whole namespace, which
// carries every locale's messages (`z.locales`, ~80 kB gzip) into each page that validates on the client; a
// namespace made of named parts lets the bundler drop the rest. A schema needing another part adds it here.
export type { infer, input, output, ZodError, ZodRawShape, ZodType } from 'zod';
export {
  array,
  boolean,
  coerce,
  config,
  discriminatedUnion,
  enum,
  instanceof,
  literal,
  NEVER,
  null,
  number,
  object,
  partialRecord,
  preprocess,
  record,
  string,
  union,
  uuid,
} from 'zod';
