import { keccak256, toBytes, type Address } from 'viem'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { makeMockIban } from '../../sepa/makeMockIban.ts'
import type { MockIban } from '../../sepa/MockSepa.ts'
import { sepaOf } from '../../sepa/sepaOf.ts'
import { pushUserChange } from '../../realtime/pushUserChange.ts'
import { buildUserIbans } from '../../views/buildUserIbans.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'
import { userSafes } from '../../wallet/userSafes.ts'
import { openSepaApproval } from './openSepaApproval.ts'
import { ownedIban } from './ownedIban.ts'
import { sepaIbanOf } from './sepaIbanOf.ts'
import { sepaOk } from './sepaOk.ts'
import { sepaText } from './sepaText.ts'
import { takeSepaApproval } from './takeSepaApproval.ts'

/** IBEx's default `maxIbanPerUser`. */
const MAX_IBAN_PER_USER = 2

function ibanView(row: MockIban) {
  return {
    id: row.id,
    iban: row.iban,
    formatted: row.iban.replace(/(.{4})/g, '$1 ').trim(),
    bic: row.bic,
    holderName: row.holderName,
    label: row.label,
    externStack: 'mock',
    accountNumber: row.iban.slice(14, 25),
    bankCode: row.iban.slice(4, 9),
    branchCode: row.iban.slice(9, 14),
    dateUsed: null,
    status: 'active',
    safeAddress: row.safeAddress,
    blockchainId: row.blockchainId,
  }
}

/**
 * The user's IBANs: `GET /users/me/ibans` and `/sepa/iban`, adding one
 * (POST answers a passkey approval, PUT `{ approvalId, credential }` confirms it) and renaming
 * one. Refusals: 400 missing or bad fields (and a user without a passkey), 404 a Safe or IBAN
 * that is not the user's, 429 beyond 2 IBANs per user.
 */
export const ibanRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/users/me/ibans',
    handler: async (ctx) => {
      return jsonResponse(buildUserIbans(await viewOfRequest(ctx)))
    },
  },
  {
    method: 'GET',
    path: '/v1.2/sepa/iban',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      return sepaOk(sepaOf(view.user).ibans.map(ibanView))
    },
  },
  {
    method: 'POST',
    path: '/v1.2/sepa/iban/add',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const body = (await ctx.body()) as Record<string, unknown>
      const holderName = sepaText(body, 'holderName', { required: true, max: 140 })
      const label = sepaText(body, 'label', { max: 100 }) ?? ''
      const safes = userSafes(view.user, view.config)
      const chainId = body.blockchainId === undefined ? undefined : Number(body.blockchainId)
      const wanted =
        typeof body.safeAddress === 'string' ? body.safeAddress.toLowerCase() : undefined
      const safe = safes.find(
        (candidate) =>
          (wanted === undefined || candidate.address.toLowerCase() === wanted) &&
          (chainId === undefined
            ? candidate.chainId === 421614 || wanted !== undefined
            : candidate.chainId === chainId),
      )
      if (!safe) throw new MockHttpError('NOT_FOUND', "This Safe is not the user's")
      const sepa = sepaOf(view.user)
      if (sepa.ibans.length >= MAX_IBAN_PER_USER) {
        throw new MockHttpError(
          'RATE_LIMITED',
          `At most ${MAX_IBAN_PER_USER} IBANs per user (maxIbanPerUser)`,
        )
      }
      return openSepaApproval(view, sepa, 'iban', {
        holderName,
        label,
        safeAddress: safe.address,
        blockchainId: safe.chainId,
      })
    },
  },
  {
    method: 'PUT',
    path: '/v1.2/sepa/iban/add',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const approval = await takeSepaApproval(ctx, view, 'iban')
      const sepa = sepaOf(view.user)
      if (sepa.ibans.length >= MAX_IBAN_PER_USER) {
        throw new MockHttpError(
          'RATE_LIMITED',
          `At most ${MAX_IBAN_PER_USER} IBANs per user (maxIbanPerUser)`,
        )
      }
      const account = String(BigInt(keccak256(toBytes(approval.approvalId))) % 10n ** 11n).padStart(
        11,
        '0',
      )
      const now = new Date(view.now).toISOString()
      const { payload } = approval
      const row: MockIban = {
        id: view.state.random.uuid(),
        iban: makeMockIban(account).iban,
        bic: 'IBEXFRPPXXX',
        holderName: String(payload.holderName),
        label: String(payload.label ?? ''),
        safeAddress: payload.safeAddress as Address,
        blockchainId: Number(payload.blockchainId),
        createdAt: now,
        updatedAt: now,
      }
      sepa.ibans.push(row)
      pushUserChange(view.state, view.user)
      return sepaOk({
        approvalId: approval.approvalId,
        approvalHash: approval.approvalHash,
        iban: ibanView(row),
      })
    },
  },
  {
    method: 'PATCH',
    path: '/v1.2/sepa/iban/modify',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const body = (await ctx.body()) as Record<string, unknown>
      const iban = sepaIbanOf(body.iban, 'iban')
      if (typeof body.label !== 'string' || body.label.length > 100) {
        throw new MockHttpError('VALIDATION', 'label must be text of at most 100 characters')
      }
      const row = ownedIban(sepaOf(view.user), iban)
      if (!row) throw new MockHttpError('NOT_FOUND', "This IBAN is not the user's")
      row.label = body.label.trim()
      row.updatedAt = new Date(view.now).toISOString()
      pushUserChange(view.state, view.user)
      return sepaOk({ iban: row.iban, label: row.label })
    },
  },
]
