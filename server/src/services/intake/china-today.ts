/** The calendar date in China (UTC+8, no DST): relative dates like 前天 are read in the resident's day. */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10)
}
