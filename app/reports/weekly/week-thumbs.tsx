/** A project's photos of the week, as the printed report shows them beside what was done. */
export interface WeekPhoto {
  id: string;
  fileName: string;
}

/**
 * Small thumbnails that wrap within their cell (never widening the table on a phone) and print as they are:
 * the thumb variant is a JPEG of at most 400 px, so a page of them stays light.
 */
export function WeekThumbs({ photos }: { photos: readonly WeekPhoto[] }) {
  return (
    <span className="mt-1 flex max-w-full flex-wrap gap-1" data-testid="week-photos">
      {photos.map((p) => (
        // A plain img: Next's optimizer would fetch the photo without the viewer's session.
        // biome-ignore lint/performance/noImgElement: see above
        <img
          key={p.id}
          src={`/api/attachments/${p.id}?size=thumb`}
          alt={p.fileName}
          className="size-[72px] max-w-full break-inside-avoid rounded-sm border border-slate-200 object-cover"
        />
      ))}
    </span>
  );
}
