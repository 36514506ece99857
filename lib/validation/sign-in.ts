import { hasControlChar } from './fields';
import { z } from './zod';

export const signInSchema = z.object({
  username: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(64, 'validation.tooLong')
    // PostgreSQL refuses NUL in a query parameter: such a name would fail the lookup, not just miss.
    .refine((v) => !hasControlChar(v), 'validation.controlChars'),
  password: z.string().min(1, 'validation.required').max(256, 'validation.tooLong'),
});
export type SignInInput = z.infer<typeof signInSchema>;
