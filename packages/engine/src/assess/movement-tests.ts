import { MOVEMENTS } from '@myomap/atlas';

/** A movement test's result: degrees, or a graded finding when not measured. */
export type MovementValue = number | 'full' | 'limited' | 'painful';

/** Reference values for one movement, shown as context only (never as pass/fail). */
export interface MovementReference {
  readonly movement: keyof typeof MOVEMENTS;
  /** Reference degrees by age band [from, to] years; `all` when not given by age. */
  readonly byAge: readonly { readonly ages: readonly [number, number] | 'all'; readonly degrees: string }[];
  /** Change in degrees beyond measurement error for this joint (null: use the client's own baseline). */
  readonly meaningfulDegrees: number | null;
  readonly note: string;
  readonly source: string;
}

const CERVICAL_SOURCE =
  'S53 normal cervical ROM for age (inclinometer); S54 Swinkels 2014; S51 CROM MDC 5.4–9.6°';
const cervical = (movement: keyof typeof MOVEMENTS, bands: readonly string[]): MovementReference => ({
  movement,
  byAge: [
    { ages: [20, 29], degrees: bands[0] ?? '' },
    { ages: [30, 39], degrees: bands[1] ?? '' },
    { ages: [40, 49], degrees: bands[2] ?? '' },
    { ages: [50, 59], degrees: bands[3] ?? '' },
    { ages: [60, 69], degrees: bands[4] ?? '' },
  ],
  meaningfulDegrees: 10,
  note: 'Range falls with age, especially after 50; record the device or method with each value.',
  source: CERVICAL_SOURCE,
});

/** Reference ranges (clinical-notes §4) for the movements that have them. */
export const MOVEMENT_REFERENCES: readonly MovementReference[] = Object.freeze([
  cervical('cervical.flexion', ['63–64', '58–59', '52–58', '50–52', '53']),
  cervical('cervical.extension', ['80–82', '63–69', '63–66', '56–60', '46']),
  cervical('cervical.lateral_flexion', ['43–47', '34–38', '34–38', '30–32', '26']),
  cervical('cervical.rotation', ['72–76', '68–72', '57–63', '56–62', '54']),
  {
    movement: 'shoulder.flexion',
    byAge: [{ ages: 'all', degrees: '≈160 active in a community cohort (textbook 180)' }],
    meaningfulDegrees: 10,
    note: 'Falls about 40° from the youngest to the oldest adults; people over 50 often fall short of the textbook value.',
    source: 'S56 Gill 2020; S57',
  },
  {
    movement: 'shoulder.abduction',
    byAge: [{ ages: 'all', degrees: '≈150 active in a community cohort (textbook 180)' }],
    meaningfulDegrees: 10,
    note: 'Falls with age.',
    source: 'S56 Gill 2020',
  },
  {
    movement: 'shoulder.external_rotation',
    byAge: [{ ages: 'all', degrees: '90 (textbook)' }],
    meaningfulDegrees: 10,
    note: 'Textbook value; many healthy adults measure less.',
    source: 'S56 (AAOS value quoted)',
  },
  {
    movement: 'trunk.flexion',
    byAge: [{ ages: 'all', degrees: '≈50' }],
    meaningfulDegrees: null,
    note: 'Lumbar values vary with method; compare with the client’s own baseline.',
    source: 'S58 (W); S55 Saur 1996',
  },
  {
    movement: 'trunk.extension',
    byAge: [{ ages: 'all', degrees: '≈15' }],
    meaningfulDegrees: null,
    note: 'Extension is measured less reliably than flexion; compare with the client’s own baseline.',
    source: 'S58 (W); S55 Saur 1996',
  },
  {
    movement: 'trunk.lateral_flexion',
    byAge: [{ ages: 'all', degrees: '≈20' }],
    meaningfulDegrees: null,
    note: 'Compare with the client’s own baseline and the other side.',
    source: 'S58 (W)',
  },
]);

/** What a movement value is shown against: reference (context), last value and the other side. */
export interface MovementContext {
  readonly movement: string;
  readonly label: string;
  readonly value: MovementValue;
  readonly reference: { readonly degrees: string; readonly note: string; readonly source: string } | null;
  readonly vsLast: {
    readonly last: MovementValue;
    readonly change: number | null;
    readonly beyondError: boolean | null;
  } | null;
  readonly vsOtherSide: { readonly other: MovementValue; readonly difference: number | null } | null;
}

function referenceFor(ref: MovementReference, age: number | null): MovementContext['reference'] {
  const band =
    ref.byAge.find((b) => b.ages === 'all') ??
    (age === null
      ? undefined
      : ref.byAge.find((b) => b.ages !== 'all' && age >= b.ages[0] && age <= b.ages[1]));
  const text =
    band?.degrees ??
    ref.byAge
      .map((b) => (b.ages === 'all' ? b.degrees : `${b.ages[0]}–${b.ages[1]} y: ${b.degrees}`))
      .join('; ');
  return { degrees: `${text}°`, note: ref.note, source: ref.source };
}

/**
 * Puts a movement value in context: the reference range for the client's age (context, never a
 * verdict), the change from the last value (flagged when beyond measurement error for that joint) and
 * the difference from the other side.
 */
export function movementContext(
  movement: keyof typeof MOVEMENTS,
  value: MovementValue,
  compare: {
    readonly last?: MovementValue;
    readonly otherSide?: MovementValue;
    readonly age?: number | null;
  } = {},
): MovementContext {
  const ref = MOVEMENT_REFERENCES.find((r) => r.movement === movement);
  const numeric = (a: MovementValue | undefined, b: MovementValue): number | null =>
    typeof a === 'number' && typeof b === 'number' ? b - a : null;
  const lastChange = compare.last === undefined ? null : numeric(compare.last, value);
  return {
    movement,
    label: MOVEMENTS[movement],
    value,
    reference: ref === undefined ? null : referenceFor(ref, compare.age ?? null),
    vsLast:
      compare.last === undefined
        ? null
        : {
            last: compare.last,
            change: lastChange,
            beyondError:
              lastChange === null || ref?.meaningfulDegrees == null
                ? null
                : Math.abs(lastChange) >= ref.meaningfulDegrees,
          },
    vsOtherSide:
      compare.otherSide === undefined
        ? null
        : { other: compare.otherSide, difference: numeric(compare.otherSide, value) },
  };
}
