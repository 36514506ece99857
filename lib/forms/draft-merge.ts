/** A form's values as the editor holds them: flat, inputs giving strings where the server gave numbers. */
export type FormValues = Record<string, unknown>;

/** Inputs turn 12 into "12" and null into "": compare as the user sees the value. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export interface MergedDraft<V extends FormValues> {
  /** The draft on top of the newer version: what to show in the form and send with the newer `version`. */
  values: V;
  /** Fields both sides changed, to different values: where the user must see the other person's value. */
  contested: (keyof V & string)[];
}

/**
 * Three-way merge of an editor's draft with a newer saved version, against the version the draft started
 * from. A field the user left alone takes the newer value (so re-applying the draft does not undo the other
 * person's change there, nor does a hidden `version` stay old); a field the user changed keeps their text.
 */
export function mergeDraft<V extends FormValues>(base: V, draft: V, newer: V): MergedDraft<V> {
  const values = { ...newer };
  const contested: (keyof V & string)[] = [];
  for (const key of Object.keys(newer) as (keyof V & string)[]) {
    const mine = shown(draft[key]);
    const before = shown(base[key]);
    if (mine === before) continue;
    values[key] = draft[key];
    if (shown(newer[key]) !== before && shown(newer[key]) !== mine) contested.push(key);
  }
  return { values, contested };
}
