import {
  ACTIVITIES,
  BODY_AREA_NAMES,
  CAUTIONS,
  MOVEMENTS,
  PAIN_QUALITIES,
  SYMPTOMS,
  WORKS,
  type Atlas,
} from '@myomap/atlas';
import { AREAS } from '@myomap/atlas/regions';
import { ATLAS_LICENCE } from './atlas-licence.ts';

/** The whole atlas as one JSON document, with its licence. */
export function atlasExport(atlas: Atlas, generatedBy: string): Record<string, unknown> {
  return {
    format: 'myomap-atlas',
    schemaVersion: atlas.schemaVersion,
    generatedBy,
    licence: ATLAS_LICENCE,
    muscleSchema: 'packages/atlas/schema/muscle.schema.json',
    areas: AREAS,
    regions: atlas.regions.map((r) => ({
      id: r.id,
      key: r.key,
      side: r.side,
      name: r.name,
      group: r.group,
      parent: r.parent,
      views: r.views,
      synonyms: r.synonyms,
      codes: r.codes,
    })),
    muscles: atlas.muscles,
    works: Object.values(WORKS),
    vocabularies: {
      bodyAreas: BODY_AREA_NAMES,
      movements: MOVEMENTS,
      activities: ACTIVITIES,
      symptoms: SYMPTOMS,
      cautions: CAUTIONS,
      painQualities: PAIN_QUALITIES,
    },
  };
}
