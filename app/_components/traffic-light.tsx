import { getTranslations } from 'next-intl/server';
import type { TrafficLight as Light } from '@/lib/domain/milestones';

const DOT: Record<Light, string> = {
  green: 'bg-light-green',
  yellow: 'bg-light-yellow',
  red: 'bg-light-red',
};

/** A coloured dot with its word beside it: colour alone must not carry the meaning. */
export async function TrafficLight({ light }: { light: Light }) {
  const t = await getTranslations('lights');
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap" data-light={light}>
      <span aria-hidden className={`inline-block h-2.5 w-2.5 rounded-full ${DOT[light]}`} />
      {t(light)}
    </span>
  );
}
