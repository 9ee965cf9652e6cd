import type { FastifyInstance } from 'fastify'
import { Notifier } from '../notifications/notifier'
import { agreementTookEffect } from '../referrals/case-outcomes'
import { judicialDeps } from '../judicial/judicial-deps'
import { CaseBundles } from './case-bundle'
import type { AgreementEffectHook } from './offline-signing'
import { serveSealedAgreement } from './serve-sealed-agreement'
import { loadSigningKey, type ServerSigningKey } from './server-key'
import { SigningService } from './signing-service'
import { VerificationService } from './verification-service'

export interface Signing {
  key: ServerSigningKey
  signing: SigningService
  verification: VerificationService
  bundles: CaseBundles
}

// Keyed on the app's database: every encapsulated plugin context of one app shares it.
const built = new WeakMap<object, Signing>()

/**
 * The signing services for an app, built once per app instance from its database, services and the key
 * (SIGNING_PRIVATE_KEY, or one generated into DATA_DIR). When an agreement takes effect the case moves to
 * 已达成协议, a referring officer is told and the sealed agreement is served to the parties' inboxes, in the
 * same transaction.
 */
export function signingFor(app: FastifyInstance): Signing {
  let signing = built.get(app.database)
  if (!signing) {
    const { smsCodes, audit, clock, storage } = app.services
    const key = loadSigningKey(app.config.SIGNING_PRIVATE_KEY, app.config.dataDir)
    const notifier = new Notifier(app.database, app.services.subscribeMessages, app.log)
    // The notices are written in the signing transaction and mirrored to subscribe messages after its commit.
    const onAgreementEffective: AgreementEffectHook = async (tx, event) => {
      const notices = await agreementTookEffect(tx, { audit, notifier }, event)
      notices.push(...(await serveSealedAgreement(tx, judicialDeps(app).documents, event)))
      return () => notifier.push(notices)
    }
    signing = {
      key,
      signing: new SigningService(app.database, smsCodes, audit, clock, key, onAgreementEffective),
      verification: new VerificationService(app.database, key),
      bundles: new CaseBundles(app.database, clock, key, storage),
    }
    built.set(app.database, signing)
  }
  return signing
}
