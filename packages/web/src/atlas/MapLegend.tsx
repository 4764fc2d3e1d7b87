import { MapKey } from '../body-map/MapKey.tsx';

/** Key to the pattern map: essential zone, spillover zone, trigger point. */
export function MapLegend(): React.JSX.Element {
  return (
    <MapKey
      entries={[
        ['essential', 'Essential zone (where the pain concentrates)'],
        ['spillover', 'Spillover zone (sometimes)'],
        ['numbered', 'Trigger point (its number in the list)'],
      ]}
    />
  );
}
