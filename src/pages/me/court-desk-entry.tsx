import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'

/** 我的 → the court clerk's desk (judicial-confirmation queue); shown only while acting as court_clerk. */
export function CourtDeskEntry() {
  return (
    <CellGroup>
      {/* NutUI's Cell drops data-* props: the wrapper carries the test id. */}
      <View data-testid="me-court-desk">
        <Cell
          title="法院工作台"
          description="司法确认申请的立案、补充材料与裁定"
          clickable
          onClick={() => openRoute(ROUTES.judicialClerk)}
        />
      </View>
    </CellGroup>
  )
}
