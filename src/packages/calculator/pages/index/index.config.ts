export default definePageConfig({ navigationBarTitleText: '赔偿计算器' })
