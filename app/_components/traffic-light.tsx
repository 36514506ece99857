import type { TrafficLight as Light } from '@/lib/domain/milestones';

/**
 * A coloured dot with its word beside it: colour alone must not carry the meaning. The dot is drawn by
 * globals.css from `data-light`; the word comes from the page (lights.green …), so a list of hundreds of rows
 * translates once, not once per row.
 */
export function TrafficLight({ light, label }: { light: Light; label: string }) {
  return <span data-light={light}>{label}</span>;
}
