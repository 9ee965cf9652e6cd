/**
 * Demo geography and organisations: Chongqing's 九龙坡区 with a few streets and communities. Street and
 * community names are real places; codes follow the 6-digit county code + 3-digit street + 3-digit community
 * pattern but are demo codes, not the official statistical codes.
 */
export interface DemoRegion {
  code: string
  name: string
  level: 'province' | 'city' | 'district' | 'street' | 'community'
  parent: string | null
}

export const DEMO_REGIONS: DemoRegion[] = [
  { code: '500000', name: '重庆市', level: 'province', parent: null },
  { code: '500107', name: '九龙坡区', level: 'district', parent: '500000' },
  { code: '500107001', name: '杨家坪街道', level: 'street', parent: '500107' },
  { code: '500107001001', name: '团结路社区', level: 'community', parent: '500107001' },
  { code: '500107001002', name: '西郊路社区', level: 'community', parent: '500107001' },
  { code: '500107002', name: '谢家湾街道', level: 'street', parent: '500107' },
  { code: '500107002001', name: '正街社区', level: 'community', parent: '500107002' },
  { code: '500107002002', name: '华润社区', level: 'community', parent: '500107002' },
  { code: '500107003', name: '石桥铺街道', level: 'street', parent: '500107' },
  { code: '500107003001', name: '高新路社区', level: 'community', parent: '500107003' },
  { code: '500107003002', name: '科园社区', level: 'community', parent: '500107003' },
]

export interface DemoOrganisation {
  key: string
  name: string
  type: 'mediation_committee' | 'police_station' | 'court' | 'justice_bureau'
  level: 'community' | 'street' | 'district' | 'specialist' | null
  specialities: string[]
  region: string
  address: string
  phone: string
  serviceArea: string[]
}

const community = (code: string, street: string, name: string, phone: string): DemoOrganisation => ({
  key: `committee-${code}`,
  name: `${street}${name}人民调解委员会`,
  type: 'mediation_committee',
  level: 'community',
  specialities: [],
  region: code,
  address: `重庆市九龙坡区${street}${name}居委会`,
  phone,
  serviceArea: [code],
})

const street = (code: string, name: string, phone: string): DemoOrganisation => ({
  key: `committee-${code}`,
  name: `九龙坡区${name}人民调解委员会`,
  type: 'mediation_committee',
  level: 'street',
  specialities: [],
  region: code,
  address: `重庆市九龙坡区${name}办事处`,
  phone,
  serviceArea: [code],
})

const specialist = (key: string, name: string, speciality: string, phone: string): DemoOrganisation => ({
  key,
  name: `九龙坡区${name}人民调解委员会`,
  type: 'mediation_committee',
  level: 'specialist',
  specialities: [speciality],
  region: '500107',
  address: '重庆市九龙坡区',
  phone,
  serviceArea: ['500107'],
})

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  community('500107001001', '杨家坪街道', '团结路社区', '023-68780101'),
  community('500107001002', '杨家坪街道', '西郊路社区', '023-68780102'),
  community('500107002001', '谢家湾街道', '正街社区', '023-68780201'),
  community('500107002002', '谢家湾街道', '华润社区', '023-68780202'),
  community('500107003001', '石桥铺街道', '高新路社区', '023-68780301'),
  community('500107003002', '石桥铺街道', '科园社区', '023-68780302'),
  street('500107001', '杨家坪街道', '023-68780100'),
  street('500107002', '谢家湾街道', '023-68780200'),
  street('500107003', '石桥铺街道', '023-68780300'),
  {
    key: 'committee-district',
    name: '九龙坡区人民调解委员会',
    type: 'mediation_committee',
    level: 'district',
    specialities: [],
    region: '500107',
    address: '重庆市九龙坡区公共法律服务中心',
    phone: '023-68780000',
    serviceArea: ['500107'],
  },
  specialist('committee-labour', '劳动争议', 'labour', '023-68780010'),
  specialist('committee-medical', '医疗纠纷', 'medical', '023-68780020'),
  specialist('committee-traffic', '道路交通事故纠纷', 'traffic', '023-68780030'),
  specialist('committee-property', '物业纠纷', 'property', '023-68780040'),
  {
    key: 'police-yangjiaping',
    name: '重庆市公安局九龙坡区分局杨家坪派出所',
    type: 'police_station',
    level: null,
    specialities: [],
    region: '500107001',
    address: '重庆市九龙坡区杨家坪',
    phone: '023-68781110',
    serviceArea: ['500107001', '500107002'],
  },
  {
    key: 'police-shiqiaopu',
    name: '重庆市公安局九龙坡区分局石桥铺派出所',
    type: 'police_station',
    level: null,
    specialities: [],
    region: '500107003',
    address: '重庆市九龙坡区石桥铺',
    phone: '023-68781120',
    serviceArea: ['500107003'],
  },
  {
    key: 'court-district',
    name: '重庆市九龙坡区人民法院',
    type: 'court',
    level: null,
    specialities: [],
    region: '500107',
    address: '重庆市九龙坡区',
    phone: '023-68781200',
    serviceArea: ['500107'],
  },
  {
    key: 'justice-bureau',
    name: '重庆市九龙坡区司法局',
    type: 'justice_bureau',
    level: null,
    specialities: [],
    region: '500107',
    address: '重庆市九龙坡区',
    phone: '023-68781300',
    serviceArea: ['500107'],
  },
]

export interface DemoAccount {
  phone: string
  displayName: string
  roles: Array<'resident' | 'police' | 'mediator' | 'committee_admin' | 'court_clerk' | 'sys_admin'>
  organisation: string | null
  specialities: string[]
  label: string
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    phone: '13800000001',
    displayName: '王秀英',
    roles: ['resident'],
    organisation: null,
    specialities: [],
    label: '居民（申请人）',
  },
  {
    phone: '13800000002',
    displayName: '李建国',
    roles: ['resident'],
    organisation: null,
    specialities: [],
    label: '居民（被申请人）',
  },
  {
    phone: '13800000003',
    displayName: '陈警官',
    roles: ['police'],
    organisation: 'police-yangjiaping',
    specialities: [],
    label: '民警',
  },
  {
    phone: '13800000004',
    displayName: '刘芳',
    roles: ['mediator'],
    organisation: 'committee-500107001',
    specialities: ['labour'],
    label: '调解员',
  },
  {
    phone: '13800000005',
    displayName: '赵敏',
    roles: ['committee_admin'],
    organisation: 'committee-500107001',
    specialities: [],
    label: '调委会管理员',
  },
  {
    phone: '13800000006',
    displayName: '孙丽',
    roles: ['court_clerk'],
    organisation: 'court-district',
    specialities: [],
    label: '法院书记员',
  },
  {
    phone: '13800000007',
    displayName: '系统管理员',
    roles: ['sys_admin'],
    organisation: null,
    specialities: [],
    label: '系统管理员',
  },
  {
    phone: '13800000008',
    displayName: '周强',
    roles: ['mediator', 'committee_admin'],
    organisation: 'committee-labour',
    specialities: ['labour'],
    label: '调解员兼管理员（可切换身份）',
  },
]
