import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import type { MockSepaTransaction } from '../../sepa/MockSepa.ts'
import { sepaOf } from '../../sepa/sepaOf.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'
import { openSepaApproval } from './openSepaApproval.ts'
import { ownedIban } from './ownedIban.ts'
import { sepaIbanOf } from './sepaIbanOf.ts'
import { sepaOk } from './sepaOk.ts'
import { sepaText } from './sepaText.ts'
import { takeSepaApproval } from './takeSepaApproval.ts'

const TRANSACTION_STATUSES = ['ask', 'pending', 'completed', 'cancelled', 'failed', 'rejected']

function transactionView(row: MockSepaTransaction) {
  const { remittanceInfo: _remittance, channel: _channel, ...shown } = row
  return shown
}

/**
 * SEPA payments and their history: POST answers a passkey approval, PUT
 * `{ approvalId, credential }` pays (completed at once, `DONE`). Refusals: 400 missing or bad
 * fields, 403 a debtor or filtered IBAN that is not the user's, 404 an unknown transaction.
 */
export const sepaPaymentRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1.2/sepa/payments',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const body = (await ctx.body()) as Record<string, unknown>
      const reference = sepaText(body, 'reference', { required: true, max: 35 })
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
      const debtor = (body.debtor ?? {}) as Record<string, unknown>
      const creditor = (body.creditor ?? {}) as Record<string, unknown>
      sepaText(debtor, 'name', { required: true, max: 140 })
      sepaText(creditor, 'name', { required: true, max: 140 })
      const debtorIban = sepaIbanOf(debtor.iban, 'debtor.iban')
      const creditorIban = sepaIbanOf(creditor.iban, 'creditor.iban')
      const sepa = sepaOf(view.user)
      if (!ownedIban(sepa, debtorIban)) {
        throw new MockHttpError('FORBIDDEN', "The debtor IBAN is not the user's")
      }
      return openSepaApproval(view, sepa, 'payment', {
        reference,
        channel,
        amount: Number(body.amount).toFixed(2),
        remittanceInfo: sepaText(body, 'remittanceInfo', { max: 140 }) ?? null,
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
      const approval = await takeSepaApproval(ctx, view, 'payment')
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
      return sepaOk({
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
      if (iban !== null && !ownedIban(sepa, sepaIbanOf(iban, 'iban'))) {
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
          (iban === null || row.iban === sepaIbanOf(iban, 'iban')) &&
          (type === null || row.type === type) &&
          (status === null || row.status === status) &&
          (statusCode === null || row.statusCode === statusCode) &&
          (!search || `${row.reference} ${row.beneficiaryIban}`.toLowerCase().includes(search)),
      )
      return sepaOk(rows.slice((page - 1) * limit, page * limit).map(transactionView), {
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
      return sepaOk({
        ...transactionView(row),
        sepaMessage: {
          endToEndId: row.reference,
          remittanceInformation: row.remittanceInfo,
          channel: row.channel,
        },
      })
    },
  },
]
