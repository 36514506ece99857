'use server';

import { addChannelAction, testChannelAction } from './channel';
import { serve } from './serve';

export async function addChannel(input: unknown) {
  return serve(addChannelAction, input);
}

export async function testChannel(input: unknown) {
  return serve(testChannelAction, input);
}
