const bar = 'rounded bg-slate-200';

/** Grey blocks where the cards of a list will be: rows shaped like the phone's cards, a table's from sm up. */
function ListBlocks({ rows }: { rows: number }) {
  return (
    <div className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders, never reordered
        <div key={i} className="space-y-2 p-3">
          <div className={`${bar} h-4 w-3/4`} />
          <div className={`${bar} h-3 w-1/2`} />
        </div>
      ))}
    </div>
  );
}

/** A page's figures: the dashboard's cards, a project's facts. */
function FigureBlocks({ count }: { count: number }) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders, never reordered
        <div key={i} className="space-y-2 rounded border border-slate-200 bg-white p-3">
          <div className={`${bar} h-3 w-1/2`} />
          <div className={`${bar} h-6 w-2/3`} />
        </div>
      ))}
    </div>
  );
}

export type SkeletonKind = 'list' | 'detail' | 'figures' | 'page';

/** Grey blocks in the shape of the page that is coming; screen readers hear the label ("正在加载…"). */
export function PageSkeleton({ kind, label }: { kind: SkeletonKind; label: string }) {
  return (
    <div
      aria-busy="true"
      data-testid="page-loading"
      data-kind={kind}
      className="space-y-4 motion-safe:animate-pulse"
    >
      <p role="status" className="sr-only">
        {label}
      </p>
      <div className={`${bar} h-7 w-56 max-w-full`} />
      {kind === 'list' && (
        <>
          <div className={`${bar} h-11 w-full`} />
          <ListBlocks rows={6} />
        </>
      )}
      {kind === 'detail' && (
        <>
          <FigureBlocks count={4} />
          <ListBlocks rows={4} />
        </>
      )}
      {kind === 'figures' && (
        <>
          <FigureBlocks count={8} />
          <div className={`${bar} h-48 w-full`} />
        </>
      )}
      {kind === 'page' && <ListBlocks rows={3} />}
    </div>
  );
}
