/** A person's phones as tap-to-call links (tel:), for officials on site. Nothing when none is recorded. */
export function PhoneLinks(props: { phones: string[]; label: string }) {
  const phones = props.phones.filter((p) => p.trim() !== '');
  if (phones.length === 0) return null;
  return (
    <span className="ml-1 inline-flex flex-wrap gap-x-2" data-testid="phones">
      {phones.map((phone) => (
        <a
          key={phone}
          href={`tel:${phone.replace(/[^0-9+#]/g, '')}`}
          aria-label={`${props.label} ${phone}`}
          className="inline-block py-1 whitespace-nowrap text-red-900 underline"
        >
          {phone}
        </a>
      ))}
    </span>
  );
}
