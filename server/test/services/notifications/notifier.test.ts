import { buildTestApp, DEMO, type TestApp } from '../../helpers/test-app'
import { Notifier } from '../../../src/services/notifications/notifier'

describe('Notifier', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await buildTestApp()
  })
  afterAll(async () => {
    await t.close()
  })

  it('keeps the in-app notice when the subscribe-message provider fails', async () => {
    const sent: string[] = []
    const failing = {
      send: async (m: { title: string }) => {
        sent.push(m.title)
        throw new Error('wechat down')
      },
    }
    const warnings: unknown[] = []
    const log = { warn: (...args: unknown[]) => warnings.push(args) } as never
    const notifier = new Notifier(t.database, failing, log)
    const userId = (
      await t.database.db.selectFrom('users').select('id').where('phone', '=', DEMO.resident).executeTakeFirstOrThrow()
    ).id
    const notice = { userId, kind: 'case_accepted' as const, title: '标题', body: '正文', caseId: null }
    await t.database.transaction((tx) => notifier.add(tx, [notice], t.clock.now()))
    await expect(notifier.push([notice])).resolves.toBeUndefined()
    expect(sent).toEqual(['标题'])
    expect(warnings).toHaveLength(1)
    const list = await notifier.list(userId, {})
    expect(list.items.map((n) => n.title)).toEqual(['标题'])
  })
})
