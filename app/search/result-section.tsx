import Link from 'next/link';
import type { ReactNode } from 'react';

export interface ResultCard {
  key: number;
  /** Where the card leads; none: shown without a link. */
  href: string | null;
  title: string;
  /** The two or three facts that tell one result from another. */
  facts: ReactNode[];
}

/** One kind of result (projects, blockers …): a heading with its count and a card per row, a phone's width each. */
export function ResultSection(props: {
  kind: string;
  heading: string;
  cards: ResultCard[];
  more: string | null;
}) {
  if (props.cards.length === 0) return null;
  return (
    <section aria-labelledby={`results-${props.kind}`} data-testid={`results-${props.kind}`}>
      <h2 id={`results-${props.kind}`} className="mb-2 text-lg font-semibold">
        {props.heading} <span className="text-sm font-normal text-slate-500">{props.cards.length}</span>
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2">
        {props.cards.map((card) => (
          <li key={card.key}>
            <CardBody card={card} />
          </li>
        ))}
      </ul>
      {props.more && <p className="mt-2 text-xs text-slate-500">{props.more}</p>}
    </section>
  );
}

function CardBody({ card }: { card: ResultCard }) {
  const body = (
    <>
      <span className="block font-medium text-red-900">{card.title}</span>
      <span className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
        {card.facts.map((fact, i) => (
          // The facts are a fixed list per kind: their place is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={i}>{fact}</span>
        ))}
      </span>
    </>
  );
  const box = 'block min-h-11 rounded-lg border border-slate-200 bg-white p-3';
  return card.href ? (
    <Link href={card.href} className={`${box} hover:border-red-300 hover:bg-red-50`}>
      {body}
    </Link>
  ) : (
    <div className={box}>{body}</div>
  );
}
