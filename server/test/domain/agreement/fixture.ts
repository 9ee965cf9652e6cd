import type { AgreementContent } from '@contract/agreements'
import type { AgreementCaseInfo } from '../../../src/domain/agreement/render-agreement'

export const CASE_INFO: AgreementCaseInfo = {
  caseNumber: '（2026）九杨调字第001号',
  committeeName: '九龙坡区杨家坪街道人民调解委员会',
  disputeType: 'wage_arrears',
  parties: [
    { id: 'p-app', role: 'applicant', name: '王秀英', kind: 'person' },
    { id: 'p-res', role: 'respondent', name: '重庆某建筑劳务有限公司', kind: 'organisation' },
  ],
}

export const WAGE_CONTENT: AgreementContent = {
  facts: '申请人于2026年3月起在被申请人承建的工地从事钢筋工作，被申请人拖欠申请人2026年6月至8月工资。',
  issues: ['被申请人拖欠工资的数额', '支付期限'],
  responsibilities: '被申请人未按约定按月足额支付工资，应承担支付责任。',
  terms: [
    {
      kind: 'payment',
      payerPartyId: 'p-res',
      payeePartyId: 'p-app',
      description: '拖欠的劳动报酬',
      amount: 12000,
      method: 'bank_transfer',
      dueDate: '2026-12-31',
      account: '王秀英，中国农业银行重庆杨家坪支行，6228480000000000000',
    },
  ],
  otherClauses: ['申请人收到上述全部款项后，双方因劳动报酬产生的纠纷即告了结。'],
  partyDetails: [
    {
      partyId: 'p-app',
      gender: '女',
      birthDate: '1975-04-09',
      idNumber: '500107197504090028',
      address: '重庆市九龙坡区杨家坪正街1号',
    },
    {
      partyId: 'p-res',
      idNumber: '91500107MA5U000000',
      address: '重庆市九龙坡区谢家湾正街2号',
      legalRepresentative: '李建国',
    },
  ],
}

export const TODAY = '2026-11-26'
