/** Time as the API writes it (DESIGN §3): RFC 3339 in UTC with whole seconds, `2026-03-28T14:30:00Z`. */

/** An instant (epoch ms or a Date) as `YYYY-MM-DDTHH:MM:SSZ`, the fraction of a second dropped. */
export function rfc3339(at: number | Date): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19) + 'Z';
}

/** Now, as `rfc3339`. */
export const nowRfc3339 = (): string => rfc3339(Date.now());
