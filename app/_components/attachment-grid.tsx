import type { ReactNode } from 'react';

/** One attachment as the grid shows it; `caption` says when or where it was taken. */
export interface GridItem {
  id: string;
  kind: 'photo' | 'pdf' | 'xlsx' | 'docx';
  fileName: string;
  caption: string;
}

/** An item of an upload panel: with whether the viewer may remove it. */
export interface PanelItem extends GridItem {
  removable: boolean;
}

const FILE_BADGE = { pdf: 'PDF', xlsx: 'XLSX', docx: 'DOCX', photo: 'JPG' } as const;

/**
 * Photos as thumbnails that open the full photo, files as named download links; wraps to the width, so a
 * phone gets two or three a row. Usable on the server (project page) and in the upload panel alike.
 */
export function AttachmentGrid({
  items,
  openLabel,
  extra,
}: {
  items: GridItem[];
  /** "查看 {name}" / "下载 {name}", already filled in. */
  openLabel: (item: GridItem) => string;
  extra?: (item: GridItem) => ReactNode;
}) {
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(6.5rem,1fr))] gap-2" data-testid="attachments">
      {items.map((item) => (
        <li key={item.id} className="min-w-0 text-xs text-slate-600" data-testid="attachment">
          <a
            href={`/api/attachments/${item.id}`}
            target={item.kind === 'photo' ? '_blank' : undefined}
            rel="noopener"
            aria-label={openLabel(item)}
            className="block aspect-square overflow-hidden rounded border border-slate-200 bg-slate-50"
          >
            {item.kind === 'photo' ? (
              // A plain img: Next's optimizer would fetch the photo without the viewer's session.
              // biome-ignore lint/performance/noImgElement: see above
              <img
                src={`/api/attachments/${item.id}?size=thumb`}
                alt={item.fileName}
                loading="lazy"
                className="h-full w-full object-cover"
              />
            ) : (
              <span className="flex h-full flex-col items-center justify-center gap-1 p-1 text-center">
                <span className="rounded bg-slate-700 px-1.5 py-0.5 font-semibold text-white">
                  {FILE_BADGE[item.kind]}
                </span>
                <span className="line-clamp-2 break-all">{item.fileName}</span>
              </span>
            )}
          </a>
          <span className="mt-0.5 block truncate">{item.caption}</span>
          {extra?.(item)}
        </li>
      ))}
    </ul>
  );
}
