'use server';

import { addChannelAction, addEmailChannelAction, testChannelAction } from './channel';
import { resendFailedAction, setChannelEnabledAction } from './channel-state';
import { serve } from './serve';

export async function addChannel(input: unknown) {
  return serve(addChannelAction, input);
}

export async function testChannel(input: unknown) {
  return serve(testChannelAction, input);
}

export async function addEmailChannel(input: unknown) {
  return serve(addEmailChannelAction, input);
}

export async function setChannelEnabled(input: unknown) {
  return serve(setChannelEnabledAction, input);
}

export async function resendFailed(input: unknown) {
  return serve(resendFailedAction, input);
}
