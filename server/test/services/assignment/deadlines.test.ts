import { deadlineRule, deadlineView, dueAt } from '../../../src/services/assignment/deadlines'
import { workflowSettingsFrom } from '../../../src/services/assignment/workflow-settings'
import { loadConfig } from '../../../src/config'

describe('mediation deadlines', () => {
  const settings = workflowSettingsFrom(loadConfig({}))

  it.each(['wage_arrears', 'work_injury', 'labor_termination'])(
    'gives %s the 15 days of 劳动争议调解仲裁法 14',
    (type) => {
      expect(deadlineRule(type, settings)).toMatchObject({ days: 15, configurable: false, from: 'received' })
      expect(deadlineRule(type, { ...settings, labourDeadlineFrom: 'accepted' }).from).toBe('accepted')
    },
  )

  it.each(['house_rental', 'education_refund', 'property_delivery', 'neighbor'])(
    'gives %s the configurable general period',
    (type) => {
      expect(deadlineRule(type, settings)).toMatchObject({ days: 30, configurable: true })
      expect(deadlineRule(type, { ...settings, generalDeadlineDays: 45 }).days).toBe(45)
    },
  )

  it('counts whole days left and flags overdue only while the case is open', () => {
    const start = new Date('2026-11-26T01:00:00Z')
    const row = { deadline_days: 15, deadline_at: dueAt(start, 15).toISOString(), deadline_basis: 'x' }
    const at = (days: number) => new Date(start.getTime() + days * 86_400_000)
    expect(deadlineView(row, 'in_mediation', at(0.5), settings, 'wage_arrears')).toMatchObject({
      daysLeft: 15,
      overdue: false,
    })
    expect(deadlineView(row, 'in_mediation', at(15), settings, 'wage_arrears')).toMatchObject({
      daysLeft: 0,
      overdue: false,
    })
    expect(deadlineView(row, 'in_mediation', at(16.5), settings, 'wage_arrears')).toMatchObject({
      daysLeft: -2,
      overdue: true,
    })
    expect(deadlineView(row, 'agreement_reached', at(20), settings, 'wage_arrears')!.overdue).toBe(false)
    expect(
      deadlineView({ deadline_days: null, deadline_at: null, deadline_basis: null }, 'accepted', at(1), settings, 'x'),
    ).toBeNull()
  })

  it('reads settings from the configuration and names a bad variable', () => {
    expect(workflowSettingsFrom(loadConfig({}))).toEqual({
      invitationTtlDays: 7,
      invitationLinkBase: '/packages/invitation/pages/claim/index?token=',
      labourDeadlineDays: 15,
      labourDeadlineFrom: 'received',
      generalDeadlineDays: 30,
    })
    expect(
      workflowSettingsFrom(loadConfig({ INVITATION_TTL_DAYS: '3', MEDIATION_GENERAL_DEADLINE_DAYS: '60' })),
    ).toMatchObject({ invitationTtlDays: 3, generalDeadlineDays: 60 })
    expect(() => loadConfig({ LABOUR_DEADLINE_FROM: 'filed' })).toThrow(/LABOUR_DEADLINE_FROM/)
    expect(() => loadConfig({ INVITATION_TTL_DAYS: '0' })).toThrow(/INVITATION_TTL_DAYS/)
    expect(() => loadConfig({ MEDIATION_GENERAL_DEADLINE_DAYS: '1.5' })).toThrow(/MEDIATION_GENERAL_DEADLINE_DAYS/)
  })
})
