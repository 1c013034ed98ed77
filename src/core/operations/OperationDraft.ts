import type { OperationAccount } from './OperationAccount.ts'
import type { OperationItem } from './OperationItem.ts'
import type { OperationSummary } from './OperationSummary.ts'
import type { TokenBook } from './createTokenBook.ts'

/**
 * An operation whose inputs passed the checks that need no request (made by `draftOperation`);
 * `finish` does the rest with the token book (decimals, spends) and builds IBEx's item.
 *
 * @example
 * const draft = await draftOperation(input, '', Date.now())
 * const { item, summary } = await draft.finish(book, account)
 */
export type OperationDraft<TSummary extends OperationSummary = OperationSummary> = {
  /** IBEx refuses Hyperliquid operations in a batch. */
  batchable: boolean
  finish(
    book: TokenBook,
    account: OperationAccount,
  ): Promise<{ item: OperationItem; summary: TSummary }>
}
