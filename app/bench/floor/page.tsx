import { requireViewer } from '@/lib/auth/session';

const ROWS = Array.from({ length: 50 }, (_, i) => i + 1);
const CELLS = Array.from({ length: 8 }, (_, i) => i + 1);

/**
 * The floor `npm run bench` measures every page against (scripts/bench): the same build, layout and session
 * check as any page, and a 50-row table of fixed text with no query of its own. A page can be no cheaper
 * than this, so each page's req/s over this one's says how much of its cost is its own.
 */
export default async function FloorPage() {
  await requireViewer();
  return (
    <table className="w-full text-sm" data-testid="floor">
      <tbody>
        {ROWS.map((row) => (
          <tr key={row}>
            {CELLS.map((cell) => (
              <td key={cell}>{`${row}-${cell}`}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
