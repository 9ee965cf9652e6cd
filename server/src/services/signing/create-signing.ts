import type { FastifyInstance } from 'fastify'
import { createStorage } from '../storage/create-storage'
import { CaseBundles } from './case-bundle'
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
 * The signing services for an app, built once per app instance from its database, services and DATA_DIR.
 * SIGNING_PRIVATE_KEY is read from the environment until it joins the validated config.
 */
export function signingFor(app: FastifyInstance): Signing {
  let signing = built.get(app.database)
  if (!signing) {
    const { smsCodes, audit, clock } = app.services
    const key = loadSigningKey(app.config.SIGNING_PRIVATE_KEY, app.config.dataDir)
    signing = {
      key,
      signing: new SigningService(app.database, smsCodes, audit, clock, key),
      verification: new VerificationService(app.database, key),
      bundles: new CaseBundles(app.database, clock, key, createStorage(app.config)),
    }
    built.set(app.database, signing)
  }
  return signing
}
