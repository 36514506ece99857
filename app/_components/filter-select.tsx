/** A select of a GET filter form: the filter lives in the URL, so a filtered list can be bookmarked and shared. */
export function FilterSelect(props: {
  name: string;
  label: string;
  value: string | number | undefined;
  allLabel: string;
  options: { value: string | number; label: string }[];
}) {
  return (
    <label className="flex flex-col">
      <span className="text-slate-600">{props.label}</span>
      <select
        name={props.name}
        defaultValue={props.value ?? ''}
        className="rounded border border-slate-300 bg-white px-2 py-1"
      >
        <option value="">{props.allLabel}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
