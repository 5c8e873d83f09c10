/** Facts older than this are marked stale on the vendor page and warned about by the content check. */
export const STALE_AFTER_MONTHS = 12;

/** True when `lastVerified` (YYYY-MM-DD) lies more than twelve calendar months before `today`. */
export function isStale(lastVerified: string, today: Date, months = STALE_AFTER_MONTHS): boolean {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  return new Date(`${lastVerified}T00:00:00Z`) < limit;
}
