import { checksumAddress } from '../utils/checksumAddress.ts'
import { IbexResponseError } from '../errors/IbexResponseError.ts'
import type { TokenEntry } from '../schemas/tokenEntrySchema.ts'
import { tokensResponseSchema, type TokenGroupEntry } from '../schemas/tokensResponseSchema.ts'
import type { IbexToken } from './IbexToken.ts'
import { parseResponse } from './parseResponse.ts'

function isGroup(entry: TokenEntry | TokenGroupEntry): entry is TokenGroupEntry {
  return Array.isArray(entry.tokens)
}

/**
 * Parses a token list of IBEx (docs/protocol.md), flat or grouped per chain, into one flat
 * `IbexToken[]`. A token's chain is its `blockchainId`, else its group's, else `chainId` (the
 * chain the request named).
 *
 * @example
 * parseTokens([{ blockchainId: '100', tokens: [eure] }])[0]?.chainId // 100
 */
export function parseTokens(
  body: unknown,
  options: { chainId?: number | undefined; endpoint?: string | undefined } = {},
): IbexToken[] {
  const endpoint = options.endpoint ?? 'GET /v1.2/users/me/tokens'
  const list: readonly (TokenEntry | TokenGroupEntry)[] = parseResponse(
    tokensResponseSchema,
    body,
    endpoint,
  )
  const groups = list.map((entry) =>
    isGroup(entry)
      ? { chainId: entry.blockchainId, tokens: entry.tokens }
      : { chainId: options.chainId, tokens: [entry] },
  )
  return groups.flatMap((group, groupIndex) =>
    group.tokens.map((token) => {
      const chainId = token.blockchainId ?? group.chainId
      if (chainId == null) {
        throw new IbexResponseError({
          endpoint,
          field: `${groupIndex}.blockchainId`,
          reason: 'A token names no chain, and the request named none either.',
        })
      }
      return {
        chainId,
        address: checksumAddress(token.address),
        secondaryAddress: token.secondaryAddress ?? undefined,
        symbol: token.symbol,
        name: token.name ?? undefined,
        decimals: token.decimals,
        type: token.type ?? undefined,
        active: token.active ?? true,
        iconUrl: token.iconUrl ?? undefined,
      }
    }),
  )
}
