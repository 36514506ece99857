import type { TrafficLight as Light } from '@/lib/domain/milestones';

const DOT: Record<Light, string> = {
  green: 'bg-light-green',
  yellow: 'bg-light-yellow',
  red: 'bg-light-red',
};

/**
 * A coloured dot with its word beside it: colour alone must not carry the meaning. The word comes from the
 * page (lights.green …), so a list of hundreds of rows translates once, not once per row.
 */
export function TrafficLight({ light, label }: { light: Light; label: string }) {
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap" data-light={light}>
      <span aria-hidden className={`inline-block h-2.5 w-2.5 rounded-full ${DOT[light]}`} />
      {label}
    </span>
  );
}
