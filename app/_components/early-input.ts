/**
 * What a person does to a form's server HTML before its code has loaded (see on-first-use.tsx), and how it is
 * carried over once the form is live. Plain DOM: nothing here may pull a form library into the page.
 */

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A field whose value differs from the one the server rendered. */
export interface TypedValue {
  field: Field;
  value: string;
  checked: boolean;
}

/** An action held until the form is live: a tap on a button or checkbox, or a submit by the Enter key. */
export type HeldInput = { click: HTMLElement } | { submit: HTMLFormElement };

export interface EarlyInput {
  /** The form's code runs: nothing more is held. */
  live: boolean;
  typed: TypedValue[];
  held: HeldInput[];
}

const isToggle = (field: Field): field is HTMLInputElement =>
  field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');

const changed = (field: Field) => {
  if (isToggle(field)) return field.checked !== field.defaultChecked;
  if (field instanceof HTMLSelectElement)
    return [...field.options].some((o) => o.selected !== o.defaultSelected);
  return field.value !== field.defaultValue;
};

export function typedValues(root: HTMLElement): TypedValue[] {
  return [...root.querySelectorAll<Field>('input, textarea, select')]
    .filter(changed)
    .map((field) => ({ field, value: field.value, checked: isToggle(field) && field.checked }));
}

/**
 * Puts typed values back, once the form's code has written its defaults into the fields, as the person's own input: through the element's native setter and an input or
 * change event, so React's onChange (and the form library behind it) sees each one.
 */
export function typeValues(values: TypedValue[]) {
  for (const { field, value, checked } of values) {
    if (isToggle(field)) {
      if (field.checked !== checked) field.click();
      continue;
    }
    if (field.value === value) continue;
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, value);
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
    state.held.push(held);
    wake();
  };
  const onClick = (event: Event) => {
    if (!inside(event)) return;
    const target = (event.target as Element).closest?.<HTMLElement>(TAPPABLE);
    if (target && root.contains(target)) hold(event, { click: target });
  };
  const onSubmit = (event: Event) => {
    if (inside(event) && event.target instanceof HTMLFormElement) hold(event, { submit: event.target });
  };
  const onUse = (event: Event) => {
    if (inside(event)) wake();
  };
  // Read at each edit, not when the form hydrates: hydrating a <textarea>, React sets its value back to the
  // server's text before any effect of ours could read it.
  const onEdit = (event: Event) => {
    if (!inside(event)) return;
    state.typed = typedValues(root);
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

export function replay(held: HeldInput[]) {
  for (const action of held) {
    if ('click' in action) action.click.click();
    else action.submit.requestSubmit();
  }
}
