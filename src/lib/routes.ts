/** Every page path in one place, so a moved page breaks the build instead of a link. */
export const ROUTES = {
  home: '/pages/home/index',
  cases: '/pages/cases/index',
  me: '/pages/me/index',
  login: '/packages/auth/pages/login/index',
  caseDetail: '/packages/case/pages/detail/index',
  calculator: '/packages/calculator/pages/index/index',
  opinion: '/packages/opinion/pages/index/index',
  intake: '/packages/intake/pages/index/index',
  agreement: '/packages/agreement/pages/index/index',
  mediationRecord: '/packages/record/pages/index/index',
  caseOutcome: '/packages/record/pages/outcome/index',
  sign: '/packages/sign/pages/index/index',
  verify: '/packages/verify/pages/index/index',
  policeRefer: '/packages/police/pages/refer/index',
  policeReferrals: '/packages/police/pages/list/index',
  invitationClaim: '/packages/invitation/pages/claim/index',
  factSheet: '/packages/mediator/pages/fact-sheet/index',
  committeeDesk: '/packages/mediator/pages/committee/index',
  mediatorCases: '/packages/mediator/pages/cases/index',
  sessionRoom: '/packages/session/pages/room/index',
  judicialApply: '/packages/judicial/pages/apply/index',
  judicialClerk: '/packages/judicial/pages/clerk/index',
  judicialClerkDetail: '/packages/judicial/pages/clerk-detail/index',
  inbox: '/packages/inbox/pages/index/index',
  performance: '/packages/performance/pages/index/index',
  notifications: '/packages/notifications/pages/index/index',
} as const

export const TAB_ROUTES: readonly string[] = [ROUTES.home, ROUTES.cases, ROUTES.me]

export function withQuery(route: string, query: Record<string, string>): string {
  const search = Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  return search ? `${route}?${search}` : route
}
