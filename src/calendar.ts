// Dates as packs and corrections hold them (YYYY-MM-DD): a date must name a day that exists.

/** A date (YYYY-MM-DD, or the start of a timestamp) that names a day of the calendar. */
export function isRealDate(s: string): boolean {
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s.slice(0, 10);
}
