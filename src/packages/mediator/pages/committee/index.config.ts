export default definePageConfig({ navigationBarTitleText: '案件受理与分派' })
