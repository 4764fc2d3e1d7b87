/** Moves focus among the links of a result list with the arrow keys, Home and End. */
export function moveFocusInList(
  container: HTMLElement,
  event: React.KeyboardEvent,
  selector: string,
): boolean {
  const items = [...container.querySelectorAll<HTMLElement>(selector)];
  if (items.length === 0) return false;
  const current = items.indexOf(document.activeElement as HTMLElement);
  let next: number | undefined;
  if (event.key === 'ArrowDown') next = current < 0 ? 0 : Math.min(current + 1, items.length - 1);
  else if (event.key === 'ArrowUp') next = current <= 0 ? -1 : current - 1;
  else if (event.key === 'Home' && current >= 0) next = 0;
  else if (event.key === 'End' && current >= 0) next = items.length - 1;
  if (next === undefined) return false;
  event.preventDefault();
  if (next < 0) return false;
  items[next]?.focus();
  return true;
}
