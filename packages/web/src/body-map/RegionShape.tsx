import { memo } from 'react';

/** What a region shows; every field is a primitive so memo skips unchanged regions. */
export interface RegionShapeProps {
  readonly id: string;
  readonly d: string;
  readonly name: string;
  readonly fill: string | undefined;
  readonly zone: 'essential' | 'spillover' | undefined;
  readonly outlined: boolean;
  readonly focused: boolean;
  readonly selected: boolean;
  /** Flagged (e.g. painted but not explained by the shown pattern). */
  readonly highlighted?: boolean;
  /** Painted next to the shown pattern (partial credit): a solid thin ring. */
  readonly near?: boolean;
  readonly description: string;
}

/** One region path: its fill (painted), its pattern zone overlay and its focus ring. */
export const RegionShape = memo(function RegionShape(props: RegionShapeProps): React.JSX.Element {
  const classes = ['region'];
  if (props.fill !== undefined) classes.push('painted');
  if (props.outlined) classes.push('outlined');
  if (props.focused) classes.push('focused');
  if (props.selected) classes.push('selected');
  if (props.highlighted === true) classes.push('highlighted');
  if (props.near === true) classes.push('near');
  return (
    <g data-region={props.id} className={classes.join(' ')}>
      <path
        id={`region-${props.id}`}
        d={props.d}
        className="region-base"
        style={props.fill === undefined ? undefined : { fill: props.fill }}
        role="img"
        aria-label={props.description === '' ? props.name : `${props.name}, ${props.description}`}
      >
        <title>{props.description === '' ? props.name : `${props.name} — ${props.description}`}</title>
      </path>
      {props.zone !== undefined && (
        <path d={props.d} className={`zone zone-${props.zone}`} aria-hidden="true" />
      )}
      {(props.outlined ||
        props.focused ||
        props.selected ||
        props.highlighted === true ||
        props.near === true) && <path d={props.d} className="region-ring" aria-hidden="true" />}
    </g>
  );
});
