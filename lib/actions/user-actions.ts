'use server';

import { serve } from './serve';
import { createUserAction, resetPasswordAction, setUserDisabledAction } from './users';

export async function createUser(input: unknown) {
  return serve(createUserAction, input);
}

export async function resetPassword(input: unknown) {
  return serve(resetPasswordAction, input);
}

export async function setUserDisabled(input: unknown) {
  return serve(setUserDisabledAction, input);
}
