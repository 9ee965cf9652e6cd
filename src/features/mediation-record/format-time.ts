const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const pad = (value: number) => String(value).padStart(2, '0')

/** ISO instant → 2026-11-26 10:05 in China time (UTC+8, no daylight saving), whatever the phone's zone. */
export function formatChinaTime(iso: string): string {
  const date = new Date(new Date(iso).getTime() + CHINA_OFFSET_MS)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`
}
