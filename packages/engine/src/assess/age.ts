/** Whole years from an ISO date of birth to an ISO day (`YYYY-MM-DD`, the caller's clock); null if unknown. */
export function ageOn(dateOfBirth: string | null, on: string): number | null {
  if (dateOfBirth === null) return null;
  const [by, bm, bd] = dateOfBirth.slice(0, 10).split('-').map(Number);
  const [y, m, d] = on.slice(0, 10).split('-').map(Number);
  if ([by, bm, bd, y, m, d].some((n) => n === undefined || !Number.isInteger(n))) return null;
  const years = (y as number) - (by as number);
  const before = (m as number) < (bm as number) || (m === bm && (d as number) < (bd as number));
  const age = before ? years - 1 : years;
  return age < 0 ? null : age;
}
