import type { CalculatorDescriptor } from '@contract/calculators'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { groupCalculators } from '../calculator-groups'

/** The calculators grouped by kind of dispute; tapping one opens its form. */
export function CalculatorPicker({
  items,
  onPick,
}: {
  items: CalculatorDescriptor[]
  onPick: (calculator: CalculatorDescriptor) => void
}) {
  return (
    <>
      {groupCalculators(items).map((group) => (
        <CellGroup key={group.title} title={group.title}>
          {group.items.map((item) => (
            <Cell
              key={item.kind}
              className="tj-touch"
              title={item.label}
              description={item.description}
              clickable
              onClick={() => onPick(item)}
            />
          ))}
        </CellGroup>
      ))}
    </>
  )
}
