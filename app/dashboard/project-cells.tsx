import Link from 'next/link';

/** The first cells of every row behind a dashboard figure: the project (a link), its park, its stage. */
export function ProjectCells(props: { id: number; name: string; parkName: string; stageLabel: string }) {
  return (
    <>
      <td>
        <Link href={`/projects/${props.id}`} className="font-medium text-red-900 hover:underline">
          {props.name}
        </Link>
      </td>
      <td>{props.parkName}</td>
      <td>{props.stageLabel}</td>
    </>
  );
}
