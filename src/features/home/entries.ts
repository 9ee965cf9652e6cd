import type { Role } from '@contract/roles'
import { ROUTES } from '@/lib/routes'

export interface HomeEntry {
  key: string
  title: string
  description: string
  /** Omitted until the feature ships; the tile then shows 即将上线. */
  route?: string
}

/** What each role sees first. Later issues fill in routes as their subpackages land. */
export const HOME_ENTRIES: Record<Role, HomeEntry[]> = {
  resident: [
    {
      key: 'intake',
      title: '我要调解',
      description: '说说遇到的纠纷，我们帮您找调解员',
      route: ROUTES.intake,
    },
    { key: 'my-cases', title: '我的案件', description: '查看申请进度和调解安排', route: ROUTES.cases },
    {
      key: 'calculator',
      title: '我能获得多少赔偿？',
      description: '工资、工伤、押金等常见纠纷测算',
      route: ROUTES.calculator,
    },
    { key: 'knowledge', title: '法律知识', description: '人民调解是免费的，了解您的权利' },
  ],
  police: [
    {
      key: 'refer',
      title: '转介调解',
      description: '把适合调解的纠纷转给人民调解委员会',
      route: ROUTES.policeRefer,
    },
    {
      key: 'my-referrals',
      title: '我的转介',
      description: '跟踪已转介案件的办理结果',
      route: ROUTES.policeReferrals,
    },
  ],
  mediator: [
    { key: 'assigned', title: '待办案件', description: '分配给您的案件', route: ROUTES.mediatorCases },
    { key: 'today', title: '今日调解', description: '今天安排的调解会议' },
  ],
  committee_admin: [
    { key: 'pending', title: '待受理', description: '新申请和转介，等待受理与分派', route: ROUTES.committeeDesk },
    { key: 'mediators', title: '调解员', description: '本委员会的调解员与工作量' },
  ],
  court_clerk: [
    {
      key: 'judicial-queue',
      title: '司法确认队列',
      description: '待审查的司法确认申请',
      route: ROUTES.judicialClerk,
    },
  ],
  sys_admin: [
    { key: 'organisations', title: '机构', description: '调解委员会、派出所、法院' },
    { key: 'staff', title: '人员', description: '工作人员账号与角色' },
    { key: 'audit', title: '审计', description: '操作日志与防篡改校验' },
  ],
}

export const HOME_GREETING: Record<Role, string> = {
  resident: '有纠纷，找调解。人民调解不收费。',
  police: '适合调解的纠纷，可在线转介给人民调解委员会。',
  mediator: '今天也辛苦了。',
  committee_admin: '新案件请及时受理和分派。',
  court_clerk: '调解协议的司法确认申请在这里处理。',
  sys_admin: '机构、人员和审计管理。',
}
