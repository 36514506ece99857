'use server';

import { serve } from './serve';
import { issueNoticeAction } from './supervision-issue';
import { acceptNoticeAction, replyNoticeAction, returnNoticeAction } from './supervision-moves';

export async function issueNotice(input: unknown) {
  return serve(issueNoticeAction, input);
}

export async function replyNotice(input: unknown) {
  return serve(replyNoticeAction, input);
}

export async function acceptNotice(input: unknown) {
  return serve(acceptNoticeAction, input);
}

export async function returnNotice(input: unknown) {
  return serve(returnNoticeAction, input);
}
