import type { FastifyPluginAsync } from 'fastify'
import auth from './auth'
import me from './me'
import organisations from './organisations'
import cases from './cases'
import calculators from './calculators'
import opinions from './opinions'
import adminRegionalFigures from './calculators/admin-regional-figures'
import adminUsers from './admin/users'
import adminOrganisations from './admin/organisations'
import adminAudit from './admin/audit'
import files from './files'
import signedFileDownload from './files/signed-download'
import intake from './intake'
import verify from './verify'
import agreements from './agreements'
import referrals from './referrals'
import invitations from './invitations'
import factSheet from './fact-sheet'
import assignment from './assignment'
import notifications from './notifications'
import sessions from './sessions'
import judicial from './judicial'
import inbox from './inbox'
import performance from './performance'
import mediationRecord from './mediation-record'

/** Every /api/v1 area, registered in one place so the API surface is visible at a glance. */
const apiV1: FastifyPluginAsync = async (app) => {
  await app.register(auth, { prefix: '/auth' })
  await app.register(me, { prefix: '/me' })
  await app.register(organisations)
  await app.register(cases, { prefix: '/cases' })
  await app.register(calculators, { prefix: '/calculators' })
  await app.register(opinions, { prefix: '/cases' })
  await app.register(adminRegionalFigures, { prefix: '/admin' })
  await app.register(adminUsers, { prefix: '/admin' })
  await app.register(adminOrganisations, { prefix: '/admin' })
  await app.register(adminAudit, { prefix: '/admin' })
  await app.register(files)
  await app.register(signedFileDownload)
  await app.register(intake, { prefix: '/intake' })
  await app.register(verify, { prefix: '/verify' })
  await app.register(agreements, { prefix: '/cases' })
  await app.register(referrals, { prefix: '/referrals' })
  await app.register(invitations)
  await app.register(factSheet, { prefix: '/cases' })
  await app.register(assignment)
  await app.register(notifications, { prefix: '/notifications' })
  await app.register(sessions, { prefix: '/sessions' })
  await app.register(judicial, { prefix: '/judicial' })
  await app.register(inbox, { prefix: '/inbox' })
  await app.register(performance, { prefix: '/performance' })
  await app.register(mediationRecord, { prefix: '/cases' })
}

export default apiV1
