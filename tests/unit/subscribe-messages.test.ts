import { subscriptionIds } from '@/lib/subscribe-messages'

describe('subscription prompt', () => {
  const templates = {
    instalment_due: 'TPL-DUE',
    judicial_update: 'TPL-COURT',
    document_served: 'TPL-DOC',
    case_accepted: 'TPL-OK',
  }

  it('asks only for configured templates, once each, at most three', () => {
    expect(subscriptionIds(templates, ['instalment_due', 'mediator_assigned', 'instalment_due'])).toEqual(['TPL-DUE'])
    expect(
      subscriptionIds(templates, ['instalment_due', 'judicial_update', 'document_served', 'case_accepted']),
    ).toEqual(['TPL-DUE', 'TPL-COURT', 'TPL-DOC'])
    expect(subscriptionIds({}, ['instalment_due'])).toEqual([])
  })
})
