import type { Role } from '@contract/roles'

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  police: '民警',
  mediator: '调解员',
  committee_admin: '调委会管理员',
  court_clerk: '法院工作人员',
  sys_admin: '系统管理员',
}
