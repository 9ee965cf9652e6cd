import { ApiError } from '@/lib/api-error'

describe('ApiError.fieldErrors', () => {
  const error = new ApiError('VALIDATION_FAILED', '内容不正确', 400, [
    { field: '/terms/0/amount', message: '金额不正确' },
    { field: 'statements[1].claims', message: '请填写请求' },
    { field: 'content.heldAt', message: '请填写时间' },
    { message: '没有字段的说明' } as never,
  ])

  it('keys server field paths the way forms do, whatever notation the server used', () => {
    expect(error.fieldErrors()).toEqual({
      'terms.0.amount': '金额不正确',
      'statements.1.claims': '请填写请求',
      'content.heldAt': '请填写时间',
    })
  })

  it('drops a wrapper prefix', () => {
    expect(error.fieldErrors('content.')).toMatchObject({ heldAt: '请填写时间', 'statements.1.claims': '请填写请求' })
  })
})
