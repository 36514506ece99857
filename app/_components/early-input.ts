/**
 * What a person does to a form's server HTML before its code has loaded (see on-first-use.tsx), and how it is
 * carried over once the form is live. Plain DOM: nothing here may pull a form library into the page.
 */

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A field the person edited, with what they left in it. */
export interface TypedValue {
  field: Field;
  value: string;
  /** Where the caret was after the edit, in a field that has one. */
  caret: [number, number] | null;
}

/**
 * An action held until the form is live: a tap on a button or checkbox, or a form's submission (by a submit
 * button or the Enter key), with the button that sent it.
 */
export type HeldInput = { click: HTMLElement } | { submit: HTMLFormElement; submitter: HTMLElement | null };

export interface EarlyInput {
  /** The form's code runs: nothing more is held. */
  live: boolean;
  typed: TypedValue[];
  held: HeldInput[];
}

const isField = (target: EventTarget | null): target is Field =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement;

/** The same field after React replaced the server's HTML (a hydration that fell back to a client render). */
const current = (field: Field, root: HTMLElement) =>
  field.isConnected ? field : (root.querySelector<Field>(`[name="${CSS.escape(field.name)}"]`) ?? field);

/**
 * Puts typed values back, once the form's code has written its defaults into the fields, as the person's own
 * input: through the element's native setter and an input or change event, so that React's onChange (and the
 * form library behind it) sees each one. The caret stays where it was in the field being typed in.
 */
export function typeValues(values: TypedValue[], root: HTMLElement) {
  for (const typed of values) {
    const field = current(typed.field, root);
    if (field.value === typed.value) continue;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, typed.value);
    if (typed.caret && field === document.activeElement && !(field instanceof HTMLSelectElement))
      field.setSelectionRange(...typed.caret);
    field.dispatchEvent(
      new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  }
}

const TAPPABLE = 'button, input[type="submit"], input[type="checkbox"], input[type="radio"]';

/**
 * Listens for use of a form's server HTML until the form is live: any focus, tap or key inside `root` asks for
 * its code (`wake`), and taps and submits are held rather than left to the browser, which would submit the
 * bare HTML form. On the window, in the capture phase: React stops such events at its root while the part of
 * the page they target has not hydrated, so a listener on the form itself would never hear them.
 * Returns the cleanup.
 */
export function holdEarlyInput(root: HTMLElement, state: EarlyInput, wake: () => void) {
  const view = root.ownerDocument.defaultView;
  if (!view) return () => {};
  const inside = (event: Event) => !state.live && event.target instanceof Node && root.contains(event.target);
  const hold = (event: Event, held: HeldInput) => {
    event.preventDefault();
    event.stopPropagation();
    // A second tap on 保存 while waiting is the same submission, not another one.
    const again = 'submit' in held && state.held.some((h) => 'submit' in h && h.submit === held.submit);
    if (!again) state.held.push(held);
    wake();
  };
  const onClick = (event: Event) => {
    if (!inside(event)) return;
    const target = (event.target as Element).closest?.<HTMLElement>(TAPPABLE);
    if (!target || !root.contains(target)) return;
    const submits =
      (target instanceof HTMLButtonElement || target instanceof HTMLInputElement) &&
      target.type === 'submit' &&
      target.form;
    hold(event, submits ? { submit: submits, submitter: target } : { click: target });
  };
  const onSubmit = (event: Event) => {
    if (inside(event) && event.target instanceof HTMLFormElement)
      hold(event, { submit: event.target, submitter: (event as SubmitEvent).submitter });
  };
  const onUse = (event: Event) => {
    if (inside(event)) wake();
  };
  // Recorded at each edit, and only the field edited: hydrating a <textarea>, React sets its value back to
  // the server's text before any effect of ours could read it, and a field nobody touched is left alone.
  const onEdit = (event: Event) => {
    if (!inside(event) || !isField(event.target)) return;
    const field = event.target;
    // selectionStart is null where a field has no caret (a number, a select).
    const caret =
      !(field instanceof HTMLSelectElement) && field.selectionStart !== null && field.selectionEnd !== null
        ? ([field.selectionStart, field.selectionEnd] as [number, number])
        : null;
    state.typed = [...state.typed.filter((t) => t.field !== field), { field, value: field.value, caret }];
    wake();
  };
  const listeners = [
    ['click', onClick],
    ['submit', onSubmit],
    ['focusin', onUse],
    ['pointerdown', onUse],
    ['keydown', onUse],
    ['input', onEdit],
    ['change', onEdit],
  ] as const;
  for (const [type, listener] of listeners) view.addEventListener(type, listener, true);
  return () => {
    for (const [type, listener] of listeners) view.removeEventListener(type, listener, true);
  };
}

/** Replays held actions, each in a task of its own, so that the form has re-rendered (a pending button) between. */
export function replay(held: HeldInput[]) {
  const [action, ...rest] = held;
  if (!action) return;
  if ('click' in action) action.click.click();
  else if (action.submit.isConnected)
    action.submit.requestSubmit(action.submitter?.isConnected ? action.submitter : null);
  if (rest.length > 0) setTimeout(() => replay(rest), 0);
}
