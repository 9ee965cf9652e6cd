import path from 'node:path'

export const ROOT = path.resolve(__dirname, '../../..')
export const H5_DIR = path.join(ROOT, 'dist/h5')
/** Git-ignored (artifacts/ in .gitignore): screenshots a reviewer or CI keeps. */
export const ARTIFACTS_DIR = path.join(ROOT, 'artifacts/e2e')
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** What global setup hands to the test files (through the environment, which jest workers inherit). */
export const ENV_BASE_URL = 'TIAOJIE_E2E_BASE_URL'
export const ENV_SERVER_LOG = 'TIAOJIE_E2E_SERVER_LOG'
