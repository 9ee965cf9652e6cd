import type { VisitBody } from '@contract/performance'

export const VISIT_METHOD_LABELS: Record<VisitBody['method'], string> = {
  phone: '电话回访',
  visit: '上门回访',
  online: '线上回访',
}

export const VISIT_PERFORMANCE_LABELS: Record<VisitBody['performance'], string> = {
  performed: '已履行',
  partly: '部分履行',
  not_performed: '未履行',
}

/** Visits come back with the codes as plain strings; unknown codes are shown as sent. */
export const labelOf = (labels: Record<string, string>, code: string) => labels[code] ?? code
