/** Shapes recorded from the real server (demo seed, officer 13800000003) on 2026-11-26. */
export const CATALOGUE = {
  version: '2026.1',
  items: [
    { code: 'wage_arrears', name: '欠薪', version: '1.0.0', summary: '用人单位或包工头拖欠、克扣工资或劳务报酬' },
    { code: 'house_rental', name: '房屋租赁', version: '1.0.0', summary: '押金不退、租金争议' },
  ],
}

export const REGIONS = {
  items: [
    { code: '500000', name: '重庆市', level: 'province', parentCode: null },
    { code: '500107', name: '九龙坡区', level: 'district', parentCode: '500000' },
    { code: '500107001', name: '杨家坪街道', level: 'street', parentCode: '500107' },
    { code: '500107001001', name: '团结路社区', level: 'community', parentCode: '500107001' },
    { code: '500107001002', name: '西郊路社区', level: 'community', parentCode: '500107001' },
    { code: '500107002', name: '谢家湾街道', level: 'street', parentCode: '500107' },
  ],
}

export const SUGGESTIONS = {
  recommended: {
    id: 'committee-labour',
    name: '九龙坡区劳动争议人民调解委员会',
    reason: '欠薪纠纷专业性较强，由覆盖九龙坡区的专业调解委员会调解更合适',
  },
  alternatives: [
    {
      id: 'committee-community',
      name: '杨家坪街道团结路社区人民调解委员会',
      reason: '纠纷发生在团结路社区，属于社区（村）人民调解委员会的受理范围，就近调解更方便',
    },
  ],
}

export function referralCreated(committee = SUGGESTIONS.recommended) {
  const link = (token: string) => `/packages/invitation/pages/claim/index?token=${token}`
  return {
    referral: {
      caseId: 'case-7',
      caseNumber: 'TJ-2026-000007',
      incidentNumber: 'J500107202611260001',
      disputeType: 'wage_arrears',
      status: 'pending_acceptance',
      outcome: null,
      committee: { id: committee.id, name: committee.name },
      parties: [
        { role: 'applicant', name: '李四', claimed: false },
        { role: 'respondent', name: '王五', claimed: false },
      ],
      createdAt: '2026-11-26T04:20:57.009Z',
    },
    links: [
      {
        partyRole: 'applicant',
        partyName: '李四',
        token: 'HWSAUZ53lP-3jrz-YICKP3n6sLGO5-1SyMtLAKem3HY',
        link: link('HWSAUZ53lP-3jrz-YICKP3n6sLGO5-1SyMtLAKem3HY'),
        expiresAt: '2026-12-03T04:20:57.009Z',
      },
      {
        partyRole: 'respondent',
        partyName: '王五',
        token: 'wcWgcnh--gN4NvlmnxwEH3uziQUpYZoKKYFm2yivugc',
        link: link('wcWgcnh--gN4NvlmnxwEH3uziQUpYZoKKYFm2yivugc'),
        expiresAt: '2026-12-03T04:20:57.009Z',
      },
    ],
    committeeReason: committee.reason,
  }
}
