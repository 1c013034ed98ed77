import { bytesToHex, hashMessage, isHex, keccak256, toBytes, type Address, type Hex } from 'viem'
import { parseIbanInput } from '../../../core/actions/addressBook/parseIbanInput.ts'
import { bytesToBase64url } from '../../../core/utils/base64.ts'
import { chainOf } from '../../chain/chainOf.ts'
import { safeMessagesOf } from '../../chain/safeMessagesOf.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockContext } from '../../http/MockContext.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { checkClientOrigin } from '../../modes/passkeys/checkClientOrigin.ts'
import { readClientData } from '../../modes/passkeys/readClientData.ts'
import { verifyStoredAssertion } from '../../modes/passkeys/verifyStoredAssertion.ts'
import { makeMockIban } from '../../sepa/makeMockIban.ts'
import type {
  MockIban,
  MockMandate,
  MockSepa,
  MockSepaApproval,
  MockSepaTransaction,
} from '../../sepa/MockSepa.ts'
import { sepaOf } from '../../sepa/sepaOf.ts'
import type { MockView } from '../../views/MockView.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'
import { userSafes } from '../../wallet/userSafes.ts'

type Body = Record<string, unknown>

/** IBEx's default `maxIbanPerUser` (ibex-api.md §9). */
const MAX_IBAN_PER_USER = 2
/** How long a passkey approval stays open. */
const APPROVAL_TTL_MS = 5 * 60_000
const MANDATE_PREFIX = 'IBEX_SEPA_MANDATE_V1'
const TRANSACTION_STATUSES = ['ask', 'pending', 'completed', 'cancelled', 'failed', 'rejected']

const ok = (data: unknown, extra: Body = {}, status = 200) =>
  jsonResponse({ success: true, data, ...extra }, status)

function text(body: Body, key: string, options: { required?: boolean; max?: number } = {}) {
  const value = body[key]
  if (value === undefined || value === null) {
    if (options.required) throw new MockHttpError('VALIDATION', `${key} is required`)
    return undefined
  }
  if (typeof value !== 'string' || (options.required && value.trim() === '')) {
    throw new MockHttpError('VALIDATION', `${key} must be non-empty text`)
  }
  if (options.max !== undefined && value.length > options.max) {
    throw new MockHttpError('VALIDATION', `${key} must be at most ${options.max} characters`)
  }
  return value.trim()
}

function ibanOf(value: unknown, key: string): string {
  try {
    return parseIbanInput(value, key)
  } catch {
    throw new MockHttpError('VALIDATION', `${key} is not a valid IBAN`)
  }
}

function ownedIban(sepa: MockSepa, iban: string): MockIban | undefined {
  return sepa.ibans.find((row) => row.iban === iban)
}

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

/** Opens a passkey approval; a user without a passkey signer is 400, as IBEx says. */
function openApproval(
  view: MockView,
  sepa: MockSepa,
  kind: MockSepaApproval['kind'],
  payload: Body,
) {
  const credentialIds = view.user.passkey?.credentialIds ?? []
  if (credentialIds.length === 0) {
    throw new MockHttpError('VALIDATION', 'This user has no PASSKEY signer to approve with')
  }
  const bytes = view.state.random.bytes(32)
  const approval: MockSepaApproval = {
    approvalId: view.state.random.uuid(),
    approvalHash: bytesToHex(bytes),
    challenge: bytesToBase64url(bytes),
    kind,
    payload,
    expiresAt: view.now + APPROVAL_TTL_MS,
    used: false,
  }
  sepa.approvals.set(approval.approvalId, approval)
  return ok({
    approvalId: approval.approvalId,
    approvalHash: approval.approvalHash,
    expiresAt: new Date(approval.expiresAt).toISOString(),
    credentialRequestOptions: {
      challenge: approval.challenge,
      timeout: 60_000,
      rpId: view.tenant.rpId,
      userVerification: 'required',
      allowCredentials: credentialIds.map((id) => ({
        id,
        type: 'public-key',
        transports: ['internal'],
      })),
    },
  })
}

/**
 * The approval a `PUT { approvalId, credential }` confirms: 404 unknown, 409 expired or already
 * used (nothing runs twice), then the assertion verified against the user's passkey over the
 * approval's challenge. It is spent before its effect runs.
 */
async function takeApproval(
  ctx: MockContext,
  view: MockView,
  kind: MockSepaApproval['kind'],
): Promise<MockSepaApproval> {
  const body = (await ctx.body()) as Body
  const sepa = sepaOf(view.user)
  const approval = sepa.approvals.get(String(body.approvalId))
  if (!approval || approval.kind !== kind) {
    throw new MockHttpError('NOT_FOUND', `No approval ${String(body.approvalId)}`)
  }
  if (approval.used) throw new MockHttpError('CONFLICT', 'This approval was already used')
  if (view.now > approval.expiresAt) {
    throw new MockHttpError('EXPIRED', 'This approval expired', { status: 409 })
  }
  const { credential, clientData } = readClientData(body, 'INVALID_ASSERTION')
  if (clientData.type !== 'webauthn.get' || clientData.challenge !== approval.challenge) {
    throw new MockHttpError('INVALID_ASSERTION', 'The assertion does not sign this approval')
  }
  checkClientOrigin(ctx, clientData.origin)
  const stored = view.tenant.credentials.get(String(credential.id))
  if (!stored || stored.externalUserId !== view.user.externalUserId) {
    throw new MockHttpError('UNKNOWN_CREDENTIAL', "This passkey is not the user's signer")
  }
  await verifyStoredAssertion(credential, stored, {
    challenge: approval.challenge,
    origin: clientData.origin,
    rpId: view.tenant.rpId,
  })
  approval.used = true
  return approval
}

function mandateOf(view: MockView, id: string | undefined): MockMandate {
  const mandate = sepaOf(view.user).mandates.find((row) => row.id === id)
  if (!mandate) throw new MockHttpError('NOT_FOUND', `No mandate ${id ?? ''}`)
  return mandate
}

function setMandateStatus(view: MockView, mandate: MockMandate, status: unknown) {
  if (status !== 'validated' && status !== 'suspended' && status !== 'cancelled') {
    throw new MockHttpError('VALIDATION', 'status must be validated, suspended or cancelled')
  }
  if (mandate.status === 'cancelled') {
    throw new MockHttpError('CONFLICT', 'This mandate is cancelled; cancelled is terminal')
  }
  mandate.status = status
  mandate.updatedAt = new Date(view.now).toISOString()
  mandate.version += 1
  return ok(mandate, { sepaSync: { success: true } })
}

/** The Safe of `iban` signed `message` (a confirmed SIGN_MESSAGE), as IBEx checks a mandate. */
function safeSigned(view: MockView, iban: MockIban, message: string): boolean {
  const confirmedAt = safeMessagesOf(chainOf(view.state, iban.blockchainId))
    .get(iban.safeAddress.toLowerCase())
    ?.get(hashMessage(message).toLowerCase() as Hex)
  return confirmedAt !== undefined && confirmedAt <= view.now
}

function transactionView(row: MockSepaTransaction) {
  const { remittanceInfo: _remittance, channel: _channel, ...shown } = row
  return shown
}

/**
 * SEPA and IBANs (ibex-api.md §9, and `GET /users/me/ibans` §6.9). Adding an IBAN and paying are
 * approved with the user's passkey: the POST answers WebAuthn request options over a random
 * `approvalHash`, the PUT `{ approvalId, credential }` verifies the assertion (404 unknown
 * approval, 409 expired or already used). Refusals: 400 missing or bad fields (and a user
 * without a passkey), 403 a debtor or source IBAN that is not the user's, 404 a Safe, IBAN,
 * transaction or mandate that is not the user's, 429 beyond 2 IBANs per user, 409 any change to
 * a cancelled mandate. A mandate needs a message its source IBAN's Safe signed (a confirmed
 * `SIGN_MESSAGE` starting `IBEX_SEPA_MANDATE_V1`, signature `0x`), else 400. Payments complete
 * at once (`completed` / `DONE`).
 */
export const sepaRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/users/me/ibans',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const ibans = sepaOf(view.user).ibans.map((row) => ({
        safeAddress: row.safeAddress,
        blockchainId: row.blockchainId,
        status: 'active',
        provider: 'mock',
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      }))
      return jsonResponse({ count: ibans.length, ibans })
    },
  },
  {
    method: 'GET',
    path: '/v1.2/sepa/iban',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      return ok(sepaOf(view.user).ibans.map(ibanView))
    },
  },
  {
    method: 'POST',
    path: '/v1.2/sepa/iban/add',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const body = (await ctx.body()) as Body
      const holderName = text(body, 'holderName', { required: true, max: 140 })
      const label = text(body, 'label', { max: 100 }) ?? ''
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
      return openApproval(view, sepa, 'iban', {
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
      const approval = await takeApproval(ctx, view, 'iban')
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
      return ok({
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
      const body = (await ctx.body()) as Body
      const iban = ibanOf(body.iban, 'iban')
      if (typeof body.label !== 'string' || body.label.length > 100) {
        throw new MockHttpError('VALIDATION', 'label must be text of at most 100 characters')
      }
      const row = ownedIban(sepaOf(view.user), iban)
      if (!row) throw new MockHttpError('NOT_FOUND', "This IBAN is not the user's")
      row.label = body.label.trim()
      row.updatedAt = new Date(view.now).toISOString()
      return ok({ iban: row.iban, label: row.label })
    },
  },
  {
    method: 'POST',
    path: '/v1.2/sepa/payments',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const body = (await ctx.body()) as Body
      const reference = text(body, 'reference', { required: true, max: 35 })
      const channel = body.channel ?? 'SEPA'
      if (channel !== 'SEPA' && channel !== 'SEPAINSTANT') {
        throw new MockHttpError('VALIDATION', 'channel must be SEPA or SEPAINSTANT')
      }
      if (
        typeof body.amount !== 'string' ||
        !/^\d{1,9}(\.\d{1,2})?$/.test(body.amount) ||
        Number(body.amount) <= 0
      ) {
        throw new MockHttpError(
          'VALIDATION',
          'amount must be a positive decimal string such as "150.00"',
        )
      }
      if (body.currency !== 'EUR') throw new MockHttpError('VALIDATION', 'currency must be EUR')
      const debtor = (body.debtor ?? {}) as Body
      const creditor = (body.creditor ?? {}) as Body
      text(debtor, 'name', { required: true, max: 140 })
      text(creditor, 'name', { required: true, max: 140 })
      const debtorIban = ibanOf(debtor.iban, 'debtor.iban')
      const creditorIban = ibanOf(creditor.iban, 'creditor.iban')
      const sepa = sepaOf(view.user)
      if (!ownedIban(sepa, debtorIban)) {
        throw new MockHttpError('FORBIDDEN', "The debtor IBAN is not the user's")
      }
      return openApproval(view, sepa, 'payment', {
        reference,
        channel,
        amount: Number(body.amount).toFixed(2),
        remittanceInfo: text(body, 'remittanceInfo', { max: 140 }) ?? null,
        debtorIban,
        creditorIban,
      })
    },
  },
  {
    method: 'PUT',
    path: '/v1.2/sepa/payments',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const approval = await takeApproval(ctx, view, 'payment')
      const { payload } = approval
      const transaction: MockSepaTransaction = {
        id: view.state.random.uuid(),
        iban: String(payload.debtorIban),
        type: 'SEPA_OUT',
        status: 'completed',
        statusCode: 'DONE',
        amount: String(payload.amount),
        currency: 'EUR',
        senderIban: String(payload.debtorIban),
        beneficiaryIban: String(payload.creditorIban),
        reference: String(payload.reference),
        remittanceInfo: (payload.remittanceInfo as string | null) ?? null,
        channel: String(payload.channel),
        createdAt: new Date(view.now).toISOString(),
      }
      sepaOf(view.user).transactions.unshift(transaction)
      return ok({
        approvalId: approval.approvalId,
        approvalHash: approval.approvalHash,
        payment: {
          success: true,
          message: 'Payment executed',
          data: {
            transactionId: transaction.id,
            reference: transaction.reference,
            status: 'completed',
            statusCode: 'DONE',
          },
        },
      })
    },
  },
  {
    method: 'GET',
    path: '/v1.2/sepa/transactions',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const query = new URL(ctx.request.url).searchParams
      const sepa = sepaOf(view.user)
      const iban = query.get('iban')
      if (iban !== null && !ownedIban(sepa, ibanOf(iban, 'iban'))) {
        throw new MockHttpError('FORBIDDEN', "This IBAN is not the user's")
      }
      const type = query.get('type')
      if (type !== null && type !== 'SEPA_IN' && type !== 'SEPA_OUT') {
        throw new MockHttpError('VALIDATION', 'type must be SEPA_IN or SEPA_OUT')
      }
      const status = query.get('status')
      if (status !== null && !TRANSACTION_STATUSES.includes(status)) {
        throw new MockHttpError(
          'VALIDATION',
          `status must be one of ${TRANSACTION_STATUSES.join(', ')}`,
        )
      }
      const page = Number(query.get('page') ?? 1)
      const limit = Number(query.get('limit') ?? 20)
      if (
        !Number.isInteger(page) ||
        page < 1 ||
        !Number.isInteger(limit) ||
        limit < 1 ||
        limit > 200
      ) {
        throw new MockHttpError('VALIDATION', 'page must be ≥ 1 and limit 1–200')
      }
      const search = query.get('search')?.toLowerCase()
      const statusCode = query.get('statusCode')
      const rows = sepa.transactions.filter(
        (row) =>
          (iban === null || row.iban === ibanOf(iban, 'iban')) &&
          (type === null || row.type === type) &&
          (status === null || row.status === status) &&
          (statusCode === null || row.statusCode === statusCode) &&
          (!search || `${row.reference} ${row.beneficiaryIban}`.toLowerCase().includes(search)),
      )
      return ok(rows.slice((page - 1) * limit, page * limit).map(transactionView), {
        pagination: {
          total: rows.length,
          page,
          limit,
          pages: Math.max(1, Math.ceil(rows.length / limit)),
        },
      })
    },
  },
  {
    method: 'GET',
    path: '/v1.2/sepa/transactions/:id',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const row = sepaOf(view.user).transactions.find((candidate) => candidate.id === ctx.params.id)
      if (!row) throw new MockHttpError('NOT_FOUND', `No SEPA transaction ${ctx.params.id ?? ''}`)
      return ok({
        ...transactionView(row),
        sepaMessage: {
          endToEndId: row.reference,
          remittanceInformation: row.remittanceInfo,
          channel: row.channel,
        },
      })
    },
  },
  {
    method: 'POST',
    path: '/v1.2/sepa/mandates',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const body = (await ctx.body()) as Body
      const sepa = sepaOf(view.user)
      const sourceIban = ibanOf(body.sourceIban, 'sourceIban')
      const destinationIban = ibanOf(body.destinationIban, 'destinationIban')
      const percent = body.percent
      if (typeof percent !== 'number' || !(percent >= 0 && percent <= 100)) {
        throw new MockHttpError('VALIDATION', 'percent must be a number from 0 to 100')
      }
      const signature = (body.signature ?? {}) as Body
      const message = signature.message
      if (typeof message !== 'string' || !message.startsWith(MANDATE_PREFIX)) {
        throw new MockHttpError('VALIDATION', `signature.message must start with ${MANDATE_PREFIX}`)
      }
      if (!isHex(signature.signature)) {
        throw new MockHttpError('VALIDATION', 'signature.signature must be 0x-hex')
      }
      const source = ownedIban(sepa, sourceIban)
      if (!source) throw new MockHttpError('FORBIDDEN', "The source IBAN is not the user's")
      if (signature.signature !== '0x' || !safeSigned(view, source, message)) {
        throw new MockHttpError(
          'INVALID_SIGNATURE',
          'The Safe of the source IBAN did not sign this message',
        )
      }
      const trigger = (body.trigger ?? { mode: 'all' }) as Body
      if (trigger.mode !== 'all' && trigger.mode !== 'whitelist') {
        throw new MockHttpError('VALIDATION', 'trigger.mode must be all or whitelist')
      }
      const now = new Date(view.now).toISOString()
      const mandate: MockMandate = {
        id: view.state.random.uuid(),
        status: 'validated',
        position: sepa.mandates.length + 1,
        routing: {
          sourceIban,
          destinationIban,
          destinationName: text(body, 'destinationName', { max: 140 }) ?? null,
          destinationBic: text(body, 'destinationBic', { max: 11 }) ?? null,
        },
        allocation: { percent },
        trigger,
        signature: {
          message,
          messageHash: hashMessage(message),
          signatureHash: keccak256(signature.signature),
          safeOperationUserOpHash:
            typeof signature.safeOperationUserOpHash === 'string'
              ? signature.safeOperationUserOpHash
              : null,
          signatureCapturedAt: now,
        },
        createdAt: now,
        updatedAt: now,
        version: 1,
      }
      sepa.mandates.push(mandate)
      return ok(mandate, { sepaSync: { success: true } }, 201)
    },
  },
  {
    method: 'GET',
    path: '/v1.2/sepa/mandates',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      return ok([...sepaOf(view.user).mandates].sort((a, b) => a.position - b.position))
    },
  },
  {
    method: 'GET',
    path: '/v1.2/sepa/mandates/:id',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      return ok(mandateOf(view, ctx.params.id))
    },
  },
  {
    method: 'PATCH',
    path: '/v1.2/sepa/mandates/:id/status',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const mandate = mandateOf(view, ctx.params.id)
      const body = (await ctx.body()) as Body
      return setMandateStatus(view, mandate, body.status)
    },
  },
  {
    method: 'POST',
    path: '/v1.2/sepa/mandates/:id/cancel',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      return setMandateStatus(view, mandateOf(view, ctx.params.id), 'cancelled')
    },
  },
]
