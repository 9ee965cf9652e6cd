/** The code printed on the audit page: 12 letters/digits, shown in groups of four (ABCD-EFGH-JKMN). */
export function normaliseVerificationCode(input: string): string {
  return input.replace(/[\s-－—]/g, '').toUpperCase()
}

/** Null when it looks like a code, else what is wrong, in Chinese. */
export function verificationCodeProblem(input: string): string | null {
  const plain = normaliseVerificationCode(input)
  if (!plain) return '请输入验证码'
  if (!/^[A-Z0-9]+$/.test(plain)) return '验证码只包含字母和数字'
  if (plain.length < 12) return `验证码应为 12 位，目前只有 ${plain.length} 位`
  if (plain.length > 20) return '验证码过长，请核对'
  return null
}

/** What each failed check means for a lay reader (docs/VERIFY.md); the server's own reason is shown too. */
export const FAILURE_EXPLANATIONS: Record<string, string> = {
  SEAL_BLOCK_MISSING: '文件中没有平台的签章记录：不是平台出具的文件，或文件被截断。',
  SEAL_BLOCK_MALFORMED: '文件末尾的签章记录被改动过。',
  PDF_CONTENT_CHANGED: 'PDF 页面内容在签署后被改动过（文件指纹与签章时不一致）。',
  KEY_MISMATCH: '文件不是用本平台的密钥签章的。',
  EVENT_MALFORMED: '某个签署记录缺少必要信息。',
  EVENT_HASH_MISMATCH: '某个签署记录的内容与其指纹不符，记录被改动过。',
  CHAIN_LINK_BROKEN: '签署记录之间的链接断开：有记录被删除、插入或调换了顺序。',
  EVENT_SEAL_INVALID: '某个签署记录上的平台签章无效。',
  EVENT_DOCUMENT_MISMATCH: '某个签署记录签的是另一份文件、另一版本或另一段文字。',
  CHAIN_ORDER_INVALID: '签署顺序不对：应依次为当事人、调解员、调委会盖章。',
  CHAIN_HEAD_MISMATCH: '签署记录的最后一条与签章记录不符：有记录被删除或添加。',
  RECORD_SEAL_INVALID: '签章记录本身的平台签名无效。',
  NOT_ON_RECORD: '文件在密码学上完整，但平台没有这份文件的记录。',
  CODE_NOT_FOUND: '没有文件使用这个验证码，请核对后重新输入。',
}
