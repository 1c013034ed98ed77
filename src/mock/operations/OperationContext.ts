import type { Address } from 'viem'
import type { MockView } from '../views/MockView.ts'

/** What the operation parsers and planners know: the caller, the chain and the Safe. */
export type OperationContext = {
  view: MockView
  chainId: number
  safe: Address
}
