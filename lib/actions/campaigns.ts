'use server';

import { addEntriesAction, createRoundAction, removeEntryAction } from './campaign';
import { serve } from './serve';

export async function createRound(input: unknown) {
  return serve(createRoundAction, input);
}

export async function addEntries(input: unknown) {
  return serve(addEntriesAction, input);
}

export async function removeEntry(input: unknown) {
  return serve(removeEntryAction, input);
}
