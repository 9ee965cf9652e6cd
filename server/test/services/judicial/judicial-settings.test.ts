import { loadConfig } from '../../../src/config'
import { judicialSettingsFrom } from '../../../src/services/judicial/judicial-settings'

describe('JUDICIAL_DECISION_DAYS (UNVERIFIED: 15 under the 2011 Rules, 30 under CPL 187)', () => {
  it('defaults to 15 days, takes another value from the configuration, and refuses more than 30', () => {
    expect(judicialSettingsFrom(loadConfig({})).decisionDays).toBe(15)
    expect(judicialSettingsFrom(loadConfig({ JUDICIAL_DECISION_DAYS: '20' })).decisionDays).toBe(20)
    expect(() => loadConfig({ JUDICIAL_DECISION_DAYS: '45' })).toThrow(/JUDICIAL_DECISION_DAYS/)
  })
})
