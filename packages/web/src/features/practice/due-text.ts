const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** When a card is due again, in words relative to now: "now", "in 10 minutes", "in 3 days". */
export function dueText(due: number, now: number): string {
  const d = due - now;
  if (d <= 0) return 'now';
  const plural = (n: number, unit: string): string => `in ${n} ${unit}${n === 1 ? '' : 's'}`;
  if (d < HOUR) return plural(Math.max(1, Math.round(d / MIN)), 'minute');
  if (d < DAY) return plural(Math.round(d / HOUR), 'hour');
  const days = Math.round(d / DAY);
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}
