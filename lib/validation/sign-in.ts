import { z } from './zod';

export const signInSchema = z.object({
  username: z.string().trim().min(1, 'validation.required').max(64, 'validation.tooLong'),
  password: z.string().min(1, 'validation.required').max(256, 'validation.tooLong'),
});
export type SignInInput = z.infer<typeof signInSchema>;
