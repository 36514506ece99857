import type { FieldValues, Resolver } from 'react-hook-form';
import type { input, output, ZodType } from 'zod';

/**
 * react-hook-form's zod resolver for a schema that is fetched on the form's first validation, not with the
 * page: zod is ~30 kB of JavaScript (gzip), more than the rest of a form page's own code, and no one needs it
 * before they submit. The schema is the same shared one the server action parses with (defineAction), so the
 * hints in the browser and the server's verdict cannot drift. `load` must be a dynamic import
 * (`() => import('@/lib/validation/x').then((m) => m.xSchema)`): a static import would bundle zod again.
 */
export function lazyZodResolver<S extends ZodType<FieldValues, FieldValues>>(
  load: () => Promise<S>,
): Resolver<input<S>, unknown, output<S>> {
  let ready: Promise<Resolver<input<S>, unknown, output<S>>> | undefined;
  return async (values, context, options) => {
    // Started once; a failed fetch (offline) is retried on the next submit rather than remembered.
    ready ??= Promise.all([load(), import('@hookform/resolvers/zod')]).then(
      ([schema, { zodResolver }]) => zodResolver(schema) as Resolver<input<S>, unknown, output<S>>,
    );
    try {
      return await (await ready)(values, context, options);
    } catch (error) {
      ready = undefined;
      throw error;
    }
  };
}
