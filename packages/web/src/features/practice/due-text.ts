const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** When a card is due again, in words relative to now: "now", "in 10 minutes", "in 3 days". */
export function dueText(due: number, now: number): string {
  const d = due - now;
  if (d <= 0) return 'now';
  if (d < HOUR) return `in ${Math.max(1, Math.round(d / MIN))} minutes`;
  if (d < DAY) return `in ${Math.round(d / HOUR)} hours`;
  const days = Math.round(d / DAY);
  return days === 1 ? 'tomorrow' : `in ${days} days`;
}
