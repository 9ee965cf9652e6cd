import type { RegionalFigureList } from '@contract/calculators'
import { api } from '@/lib/api'

export async function listRegionalFigures(): Promise<RegionalFigureList> {
  const { data } = await api.get<RegionalFigureList>('/calculators/regional-figures', { skipAuth: true })
  return data
}
