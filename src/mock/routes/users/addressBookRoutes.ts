import { getAddress, isAddress, type Address } from 'viem'
import { parseIbanInput } from '../../../core/actions/addressBook/parseIbanInput.ts'
import { addressBookOf, type MockAddressBook } from '../../addressBook/addressBookOf.ts'
import type { MockContact } from '../../addressBook/MockContact.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { buildAddressBook } from '../../views/buildAddressBook.ts'
import type { MockView } from '../../views/MockView.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'

const MAX_CRYPTO_ROWS = 50
const MAX_ENTRIES = 500
const MAX_FAILED_VOP_PER_DAY = 10

type Body = Record<string, unknown>

function text(body: Body, key: string, required: boolean): string | undefined {
  const value = body[key]
  if (value === undefined || value === null) {
    if (required) throw new MockHttpError('VALIDATION', `${key} is required`)
    return undefined
  }
  if (typeof value !== 'string' || value.trim() === '') {
    throw new MockHttpError('VALIDATION', `${key} must be non-empty text`)
  }
  return value.trim()
}

function cryptoRow(value: unknown): { chainId: string; address: Address } {
  const row = (typeof value === 'object' && value !== null ? value : {}) as Body
  const chainId = Number(row.chainId)
  if (!Number.isSafeInteger(chainId) || chainId < 1) {
    throw new MockHttpError('VALIDATION', 'crypto chainId must be a positive integer')
  }
  if (typeof row.address !== 'string' || !isAddress(row.address, { strict: false })) {
    throw new MockHttpError('VALIDATION', 'crypto address must be an EVM address')
  }
  // IBEx checksum-normalises EVM addresses (§6.16).
  return { chainId: String(chainId), address: getAddress(row.address) }
}

function ibanOf(value: unknown): string {
  try {
    return parseIbanInput(value, 'iban')
  } catch {
    throw new MockHttpError('VALIDATION', 'iban is not a valid IBAN')
  }
}

function live(book: MockAddressBook): MockContact[] {
  return book.contacts.filter((contact) => !contact.deleted)
}

function contactOf(view: MockView, id: string | undefined): MockContact {
  const contact = live(addressBookOf(view.user)).find((candidate) => candidate.id === id)
  if (!contact) throw new MockHttpError('NOT_FOUND', `No contact ${id}`)
  return contact
}

function assertCryptoFree(book: MockAddressBook, row: { chainId: string; address: Address }) {
  const taken = live(book).some((contact) =>
    contact.crypto.some((other) => other.chainId === row.chainId && other.address === row.address),
  )
  if (taken) throw new MockHttpError('CONFLICT', 'This address is already saved on that chain')
}

function entryOf(contact: MockContact): Omit<MockContact, 'deleted'> {
  const { deleted: _deleted, ...entry } = contact
  return entry
}

/**
 * Verification-of-Payee, simulated: the mock's banks know every valid IBAN's holder under the
 * name the user gives, except names containing "mismatch" (`NOMT`) or "close" (`CMTC`, a close
 * match), which IBEx refuses like any result but `MTCH`. Failed checks count toward the daily
 * limit (10 per user per UTC day, then 429 before any check).
 */
function verifyPayee(view: MockView, book: MockAddressBook, name: string): void {
  const day = new Date(view.now).toISOString().slice(0, 10)
  const failed = book.failedVopByDay.get(day) ?? 0
  if (failed >= MAX_FAILED_VOP_PER_DAY) {
    const midnight = Date.parse(`${day}T00:00:00.000Z`) + 86_400_000
    throw new MockHttpError('RATE_LIMITED', 'Daily Verification-of-Payee limit reached', {
      headers: { 'Retry-After': String(Math.ceil((midnight - view.now) / 1000)) },
    })
  }
  const result = /mismatch/i.test(name) ? 'NOMT' : /close/i.test(name) ? 'CMTC' : 'MTCH'
  if (result === 'MTCH') return
  book.failedVopByDay.set(day, failed + 1)
  throw new MockHttpError('VALIDATION', `Verification-of-Payee did not match (${result})`, {
    body: {
      message: `Verification-of-Payee did not match (${result})`,
      error_code: 'VOP_FAILED',
      vopResult: result,
    },
  })
}

/**
 * The address book: list, create (crypto rows and/or an IBAN checked by
 * Verification-of-Payee: 400 unless it matches, nothing created; 429 after 10 failed checks in a
 * UTC day), partial update, delete (tombstone), add/remove a crypto row, remove an IBAN. Limits:
 * 50 crypto rows per entry, 500 entries, `(chainId, address)` and `iban` unique per user.
 */
export const addressBookRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/users/me/addressbook',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      return jsonResponse(buildAddressBook(view))
    },
  },
  {
    method: 'POST',
    path: '/v1.2/users/me/addressbook',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const body = (await ctx.body()) as Body
      const book = addressBookOf(view.user)
      const name = text(body, 'name', true) ?? ''
      const label = text(body, 'label', false) ?? null
      const rows = Array.isArray(body.crypto) ? body.crypto.map(cryptoRow) : []
      if (rows.length > MAX_CRYPTO_ROWS) {
        throw new MockHttpError('VALIDATION', `At most ${MAX_CRYPTO_ROWS} crypto rows per entry`)
      }
      for (const row of rows) assertCryptoFree(book, row)
      if ((body.iban === undefined) !== (body.respondingPspBic === undefined)) {
        throw new MockHttpError('VALIDATION', 'iban and respondingPspBic must come together')
      }
      if (live(book).length >= MAX_ENTRIES) {
        throw new MockHttpError('VALIDATION', `At most ${MAX_ENTRIES} entries`)
      }
      const now = new Date(view.now).toISOString()
      const ibans: MockContact['ibans'] = []
      if (body.iban !== undefined) {
        const iban = ibanOf(body.iban)
        const bic = text(body, 'respondingPspBic', true) ?? ''
        if (live(book).some((contact) => contact.ibans.some((row) => row.iban === iban))) {
          throw new MockHttpError('CONFLICT', 'This IBAN is already saved')
        }
        verifyPayee(view, book, name)
        ibans.push({
          iban,
          bic,
          holderName: name,
          vop: true,
          vopResult: 'MTCH',
          matchedName: name,
          respondingPspBic: bic,
          verifiedAt: now,
          createdAt: now,
        })
      }
      const contact: MockContact = {
        id: crypto.randomUUID(),
        name,
        label,
        userValidated: body.userValidated === true,
        crypto: rows,
        ibans,
        createdAt: now,
        updatedAt: now,
      }
      book.contacts.push(contact)
      return jsonResponse({ success: true, data: entryOf(contact) }, 201)
    },
  },
  {
    method: 'PUT',
    path: '/v1.2/users/me/addressbook/:id',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const contact = contactOf(view, ctx.params.id)
      const body = (await ctx.body()) as Body
      const name = text(body, 'name', false)
      const label = body.label === null ? null : text(body, 'label', false)
      const userValidated = typeof body.userValidated === 'boolean' ? body.userValidated : undefined
      if (name === undefined && label === undefined && userValidated === undefined) {
        throw new MockHttpError('VALIDATION', 'No fields to update')
      }
      if (name !== undefined) contact.name = name
      if (label !== undefined) contact.label = label
      if (userValidated !== undefined) contact.userValidated = userValidated
      contact.updatedAt = new Date(view.now).toISOString()
      return jsonResponse({ success: true, data: entryOf(contact) })
    },
  },
  {
    method: 'DELETE',
    path: '/v1.2/users/me/addressbook/:id',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const contact = contactOf(view, ctx.params.id)
      contact.deleted = true
      contact.updatedAt = new Date(view.now).toISOString()
      return jsonResponse({ success: true })
    },
  },
  {
    method: 'POST',
    path: '/v1.2/users/me/addressbook/:id/crypto',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const contact = contactOf(view, ctx.params.id)
      const row = cryptoRow(await ctx.body())
      if (contact.crypto.length >= MAX_CRYPTO_ROWS) {
        throw new MockHttpError('VALIDATION', `At most ${MAX_CRYPTO_ROWS} crypto rows per entry`)
      }
      assertCryptoFree(addressBookOf(view.user), row)
      contact.crypto.push(row)
      contact.updatedAt = new Date(view.now).toISOString()
      return jsonResponse({ success: true, data: entryOf(contact) }, 201)
    },
  },
  {
    method: 'DELETE',
    path: '/v1.2/users/me/addressbook/:id/crypto/:chainId/:address',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const contact = contactOf(view, ctx.params.id)
      const { chainId, address } = cryptoRow({
        chainId: ctx.params.chainId,
        address: ctx.params.address,
      })
      const index = contact.crypto.findIndex(
        (row) => row.chainId === chainId && row.address === address,
      )
      if (index < 0) throw new MockHttpError('NOT_FOUND', 'No such crypto row')
      contact.crypto.splice(index, 1)
      contact.updatedAt = new Date(view.now).toISOString()
      return jsonResponse({ success: true, data: entryOf(contact) })
    },
  },
  {
    method: 'DELETE',
    path: '/v1.2/users/me/addressbook/:id/ibans/:iban',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const contact = contactOf(view, ctx.params.id)
      const iban = ibanOf(ctx.params.iban)
      const index = contact.ibans.findIndex((row) => row.iban === iban)
      if (index < 0) throw new MockHttpError('NOT_FOUND', 'No such IBAN on this contact')
      contact.ibans.splice(index, 1)
      contact.updatedAt = new Date(view.now).toISOString()
      return jsonResponse({ success: true, data: entryOf(contact) })
    },
  },
]
