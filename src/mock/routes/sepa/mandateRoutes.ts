import { hashMessage, isHex, keccak256, type Hex } from 'viem'
import { chainOf } from '../../chain/chainOf.ts'
import { safeMessagesOf } from '../../chain/safeMessagesOf.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import type { MockIban, MockMandate } from '../../sepa/MockSepa.ts'
import { sepaOf } from '../../sepa/sepaOf.ts'
import type { MockView } from '../../views/MockView.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'
import { ownedIban } from './ownedIban.ts'
import { sepaIbanOf } from './sepaIbanOf.ts'
import { sepaOk } from './sepaOk.ts'
import { sepaText } from './sepaText.ts'

const MANDATE_PREFIX = 'IBEX_SEPA_MANDATE_V1'

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
  return sepaOk(mandate, { sepaSync: { success: true } })
}

/** The Safe of `iban` signed `message` (a confirmed SIGN_MESSAGE), as IBEx checks a mandate. */
function safeSigned(view: MockView, iban: MockIban, message: string): boolean {
  const confirmedAt = safeMessagesOf(chainOf(view.state, iban.blockchainId))
    .get(iban.safeAddress.toLowerCase())
    ?.get(hashMessage(message).toLowerCase() as Hex)
  return confirmedAt !== undefined && confirmedAt <= view.now
}

/**
 * SEPA mandates: created, listed, read, re-statused and cancelled. A mandate
 * needs a message its source IBAN's Safe signed (a confirmed `SIGN_MESSAGE` starting
 * `IBEX_SEPA_MANDATE_V1`, signature `0x`), else 400. Refusals: 400 bad fields, 403 a source IBAN
 * that is not the user's, 404 a mandate that is not the user's, 409 any change to a cancelled one.
 */
export const mandateRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1.2/sepa/mandates',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const body = (await ctx.body()) as Record<string, unknown>
      const sepa = sepaOf(view.user)
      const sourceIban = sepaIbanOf(body.sourceIban, 'sourceIban')
      const destinationIban = sepaIbanOf(body.destinationIban, 'destinationIban')
      const percent = body.percent
      if (typeof percent !== 'number' || !(percent >= 0 && percent <= 100)) {
        throw new MockHttpError('VALIDATION', 'percent must be a number from 0 to 100')
      }
      const signature = (body.signature ?? {}) as Record<string, unknown>
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
      const trigger = (body.trigger ?? { mode: 'all' }) as Record<string, unknown>
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
          destinationName: sepaText(body, 'destinationName', { max: 140 }) ?? null,
          destinationBic: sepaText(body, 'destinationBic', { max: 11 }) ?? null,
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
      return sepaOk(mandate, { sepaSync: { success: true } }, 201)
    },
  },
  {
    method: 'GET',
    path: '/v1.2/sepa/mandates',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      return sepaOk([...sepaOf(view.user).mandates].sort((a, b) => a.position - b.position))
    },
  },
  {
    method: 'GET',
    path: '/v1.2/sepa/mandates/:id',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      return sepaOk(mandateOf(view, ctx.params.id))
    },
  },
  {
    method: 'PATCH',
    path: '/v1.2/sepa/mandates/:id/status',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const mandate = mandateOf(view, ctx.params.id)
      const body = (await ctx.body()) as Record<string, unknown>
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
