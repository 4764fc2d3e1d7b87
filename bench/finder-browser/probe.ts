import { VIEW_GEOMETRY } from '@myomap/atlas/geometry';
import { REGIONS } from '@myomap/atlas/regions';
for (const [v, g] of Object.entries(VIEW_GEOMETRY))
  console.log(
    v,
    g.regions.length,
    g.width,
    g.height,
    g.regions.some((r) => r.id === 'm.sternum'),
    g.regions.some((r) => r.id === 'r.temple'),
  );
console.log(REGIONS.length, REGIONS.filter((r) => r.views.length === 0).length);
console.log(REGIONS.find((r) => r.id === 'm.sternum'));
