import type { ClientSummary } from '../../api/clients.ts';

/** "Family, Given (Preferred)" for lists. */
export function listName(c: Pick<ClientSummary, 'givenName' | 'familyName' | 'preferredName'>): string {
  return `${c.familyName}, ${c.givenName}${c.preferredName === null ? '' : ` (${c.preferredName})`}`;
}

/** "Given Family" for headings. */
export function fullName(c: Pick<ClientSummary, 'givenName' | 'familyName'>): string {
  return `${c.givenName} ${c.familyName}`;
}

/** Today's date (local) as YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
