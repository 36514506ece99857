import Link from 'next/link';

/**
 * The first cells of every row behind a dashboard figure: the project (a link), its park (after its zone's
 * name where rows of several zones mix), its stage.
 */
export function ProjectCells(props: {
  id: number;
  name: string;
  parkName: string;
  stageLabel: string;
  zoneName?: string | undefined;
}) {
  return (
    <>
      <td>
        <Link href={`/projects/${props.id}`} className="font-medium text-red-900 hover:underline">
          {props.name}
        </Link>
      </td>
      <td>{props.zoneName ? `${props.zoneName} · ${props.parkName}` : props.parkName}</td>
      <td>{props.stageLabel}</td>
    </>
  );
}
