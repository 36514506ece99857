'use client';

/** Opens the browser's print dialog; the page's print style sheet decides what goes on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm print:hidden"
    >
      {label}
    </button>
  );
}
