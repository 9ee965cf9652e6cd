import { api } from '@/lib/api'

/** Staff: remind payers of instalments due within `daysAhead` days (safe to repeat); returns how many were sent. */
export async function runPaymentReminders(daysAhead = 3): Promise<number> {
  const { data } = await api.post<{ reminded: number }>('/performance/reminders/run', { daysAhead })
  return data.reminded
}
