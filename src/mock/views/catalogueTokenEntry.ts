import type { MockToken } from '../wallet/MockToken.ts'

/** When the mock's catalogue entries say they were created. */
const catalogueDate = '2025-01-01T00:00:00.000Z'

/**
 * A token as `/v1.2/chain/tokens` (docs/protocol.md) and, without the audit fields,
 * `/users/me/tokens` list it.
 *
 * @example
 * catalogueTokenEntry(token, { audit: true }).createdAt
 */
export function catalogueTokenEntry(
  token: MockToken,
  options: { audit: boolean },
): Record<string, unknown> {
  return {
    ...(options.audit ? { id: token.id } : {}),
    address: token.address,
    secondaryAddress: token.secondaryAddress,
    symbol: token.symbol,
    name: token.name,
    decimals: token.decimals,
    type: token.type,
    active: true,
    blockchainId: String(token.chainId),
    iconUrl: null,
    ...(options.audit ? { createdAt: catalogueDate, updatedAt: catalogueDate } : {}),
  }
}
