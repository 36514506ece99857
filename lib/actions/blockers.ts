'use server';

import {
  assignBlockerAction,
  closeBlockerAction,
  commentBlockerAction,
  deescalateBlockerAction,
  escalateBlockerAction,
  reopenBlockerAction,
  resolveBlockerAction,
} from './blocker-moves';
import { raiseBlockerAction } from './blocker-raise';
import { serve } from './serve';

export async function raiseBlocker(input: unknown) {
  return serve(raiseBlockerAction, input);
}

export async function assignBlocker(input: unknown) {
  return serve(assignBlockerAction, input);
}

export async function resolveBlocker(input: unknown) {
  return serve(resolveBlockerAction, input);
}

export async function closeBlocker(input: unknown) {
  return serve(closeBlockerAction, input);
}

export async function reopenBlocker(input: unknown) {
  return serve(reopenBlockerAction, input);
}

export async function escalateBlocker(input: unknown) {
  return serve(escalateBlockerAction, input);
}

export async function deescalateBlocker(input: unknown) {
  return serve(deescalateBlockerAction, input);
}

export async function commentBlocker(input: unknown) {
  return serve(commentBlockerAction, input);
}
