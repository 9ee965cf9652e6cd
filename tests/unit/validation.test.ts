import { idNumberError, maskIdNumber, realNameError } from '@/lib/validation/id-number'
import { normalisePhone, phoneError, smsCodeError } from '@/lib/validation/phone'

// Check characters computed independently of the code under test (ISO 7064 MOD 11-2 by hand).
const VALID_IDS = ['11010519491231002X', '500107198503151236', '44030820000229431X', '510102197801010015']
const TODAY = new Date('2026-06-01T00:00:00Z')

describe('GB 11643 resident ID numbers', () => {
  it.each(VALID_IDS)('accepts %s', (id) => {
    expect(idNumberError(id, TODAY)).toBeNull()
  })

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(idNumberError(' 11010519491231002x ', TODAY)).toBeNull()
  })

  it.each([
    ['110105194912310021', '身份证号校验位不正确，请核对后重新输入'],
    ['500107198503151237', '身份证号校验位不正确，请核对后重新输入'],
    ['44030820010229431X', '身份证号中的出生日期不正确'], // 2001 is not a leap year
    ['500107203001011234', '身份证号中的出生日期不正确'], // born in the future
    ['010107198503151236', '身份证号的地区码不正确'],
    ['50010719850315123', '身份证号应为18位，最后一位可以是数字或X'],
    ['5001071985031512A6', '身份证号应为18位，最后一位可以是数字或X'],
    ['', '请输入身份证号'],
  ])('rejects %s with a Chinese reason', (id, message) => {
    expect(idNumberError(id, TODAY)).toBe(message)
  })

  it('masks like the server does', () => {
    expect(maskIdNumber('500107198503151236')).toBe('500107********1236')
  })

  it('accepts names as on the card, including minority names with a middle dot', () => {
    expect(realNameError('张三')).toBeNull()
    expect(realNameError('阿依古丽·买买提')).toBeNull()
    expect(realNameError('张')).toBe('姓名应为2至30个字')
    expect(realNameError('张三3')).toBe('姓名只能包含汉字、字母或间隔号')
  })
})

describe('phone and SMS code', () => {
  it('normalises pasted numbers', () => {
    expect(normalisePhone('+86 138-0013-8000')).toBe('13800138000')
    expect(phoneError('138 0013 8000')).toBeNull()
  })

  it.each([
    ['', '请输入手机号'],
    ['12800138000', '请输入正确的11位手机号'],
    ['1380013800', '请输入正确的11位手机号'],
  ])('rejects phone %p', (phone, message) => {
    expect(phoneError(phone)).toBe(message)
  })

  it('wants exactly six digits', () => {
    expect(smsCodeError('123456')).toBeNull()
    expect(smsCodeError('12345')).toBe('验证码为6位数字')
    expect(smsCodeError('')).toBe('请输入验证码')
  })
})
