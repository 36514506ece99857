import { useState } from 'react';
import {
  type FieldValues,
  get,
  type UseFormProps,
  type UseFormRegister,
  type UseFormReturn,
  // biome-ignore lint/style/noRestrictedImports: the one place that wraps it.
  useForm as useHookForm,
} from 'react-hook-form';

/**
 * react-hook-form's useForm, with each registered field's stored value also written into the server's HTML
 * (`defaultValue`, `defaultChecked`). react-hook-form fills its fields only once its code runs in the browser,
 * and a form hydrates on first use (app/_components/on-first-use.tsx): without this it would show empty fields
 * for stored values until touched.
 * Every form takes its hook from here.
 */
export function useForm<
  In extends FieldValues = FieldValues,
  Context = unknown,
  Out extends FieldValues = In,
>(props: UseFormProps<In, Context, Out>): UseFormReturn<In, Context, Out> {
  const form = useHookForm(props);
  // The first render's values only: the server HTML and the hydrating render must agree, and later values
  // reach the fields through react-hook-form itself (reset).
  const [register] = useState(() =>
    withStoredDefaults(
      form.register,
      props.values ?? (typeof props.defaultValues === 'object' ? props.defaultValues : {}),
    ),
  );
  form.register = register;
  return form;
}

function withStoredDefaults<In extends FieldValues>(
  register: UseFormRegister<In>,
  stored: object,
): UseFormRegister<In> {
  return (name, options) => {
    const field = register(name, options);
    const value: unknown = get(stored, name);
    if (typeof value === 'boolean') return { ...field, defaultChecked: value };
    if (typeof value === 'string' || typeof value === 'number') return { ...field, defaultValue: value };
    return field;
  };
}
