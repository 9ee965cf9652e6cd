const pad = (value: number) => String(value).padStart(2, '0')

/** 42000 → 42,000.00 (no Intl: not every mini-program JS engine ships locale data). */
export function formatYuan(yuan: number): string {
  const [integer, fraction] = Math.abs(yuan).toFixed(2).split('.')
  return `${yuan < 0 ? '-' : ''}${integer.replace(/\B(?=(\d{3})+$)/g, ',')}.${fraction}`
}

export function formatChineseDate(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
