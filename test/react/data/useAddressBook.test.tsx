import { act, waitFor } from '@testing-library/react'
import { getAddress } from 'viem'
import { describe, expect, test } from 'vitest'
import { useAddContactCrypto } from '../../../src/react/hooks/useAddContactCrypto.ts'
import { useAddressBook } from '../../../src/react/hooks/useAddressBook.ts'
import { useCreateContact } from '../../../src/react/hooks/useCreateContact.ts'
import { useDeleteContact } from '../../../src/react/hooks/useDeleteContact.ts'
import { useRemoveContactCrypto } from '../../../src/react/hooks/useRemoveContactCrypto.ts'
import { useRemoveContactIban } from '../../../src/react/hooks/useRemoveContactIban.ts'
import { useUpdateContact } from '../../../src/react/hooks/useUpdateContact.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

const ADA = '0xd8da6bf26964af9d7eed9e03e53415d37aa96045'
const BOB = '0x52908400098527886e0f7030069857d2e4169ee7'
const IBAN = 'FR76 3000 6000 0112 3456 7890 189'

function renderAddressBook(ibex: Awaited<ReturnType<typeof createTestIbex>>) {
  return renderHookWithIbex(
    () => ({
      book: useAddressBook(),
      create: useCreateContact(),
      update: useUpdateContact(),
      remove: useDeleteContact(),
      addCrypto: useAddContactCrypto(),
      removeCrypto: useRemoveContactCrypto(),
      removeIban: useRemoveContactIban(),
    }),
    ibex,
  )
}

describe('useAddressBook', () => {
  test('default: create, update, add and remove rows, delete; the list follows each write', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    const { result } = renderAddressBook(ibex)
    await waitFor(() => expect(result.current.book.data).toEqual([]))

    const created = await act(() =>
      result.current.create.mutateAsync({
        name: ' Ada ',
        crypto: [{ chainId: 421614, address: ADA }],
        iban: IBAN,
        respondingPspBic: 'agrifrpp',
      }),
    )
    expect(created).toMatchObject({
      name: 'Ada',
      label: undefined,
      userValidated: false,
      crypto: [{ chainId: 421614, address: getAddress(ADA) }],
      ibans: [{ iban: 'FR7630006000011234567890189', vopResult: 'MTCH', bic: 'AGRIFRPP' }],
    })
    await waitFor(() => expect(result.current.book.data?.map((c) => c.id)).toEqual([created.id]))

    await act(() => result.current.update.mutateAsync({ id: created.id, label: 'Landlord' }))
    await waitFor(() => expect(result.current.book.data?.[0]?.label).toBe('Landlord'))

    await act(() =>
      result.current.addCrypto.mutateAsync({ id: created.id, chainId: 100, address: BOB }),
    )
    await act(() =>
      result.current.removeCrypto.mutateAsync({ id: created.id, chainId: 421614, address: ADA }),
    )
    await act(() => result.current.removeIban.mutateAsync({ id: created.id, iban: IBAN }))
    await waitFor(() =>
      expect(result.current.book.data?.[0]).toMatchObject({
        crypto: [{ chainId: 100, address: getAddress(BOB) }],
        ibans: [],
      }),
    )
    expect(ibex.requests()).toContain(
      `DELETE /v1.2/users/me/addressbook/${created.id}/crypto/421614/${getAddress(ADA)}`,
    )

    await act(() => result.current.remove.mutateAsync({ id: created.id }))
    await waitFor(() => expect(result.current.book.data).toEqual([]))
    await expect(
      act(() => result.current.remove.mutateAsync({ id: created.id })),
    ).rejects.toMatchObject({ code: 'http/not-found', status: 404 })
  })

  test('validation: bad input is refused before any request', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    const { result } = renderAddressBook(ibex)
    await waitFor(() => expect(result.current.book.isSuccess).toBe(true))
    ibex.clearRequests()
    const refusals = [
      [{ name: '  ' }, 'validation/name-required', 'name'],
      [
        { name: 'Ada', crypto: [{ chainId: 421614, address: getAddress(ADA).replace('d', 'D') }] },
        'validation/address-checksum',
        'crypto[0].address',
      ],
      [
        { name: 'Ada', crypto: [{ chainId: 0, address: ADA }] },
        'validation/chain-id-invalid',
        'crypto[0].chainId',
      ],
      [
        { name: 'Ada', iban: 'FR76 3000 6000 0112 3456 7890 188', respondingPspBic: 'AGRIFRPP' },
        'validation/iban-checksum',
        'iban',
      ],
      [
        { name: 'Ada', iban: 'not an iban', respondingPspBic: 'AGRIFRPP' },
        'validation/iban-invalid',
        'iban',
      ],
      [{ name: 'Ada', iban: IBAN }, 'validation/bic-invalid', 'respondingPspBic'],
    ] as const
    for (const [variables, code, field] of refusals) {
      await expect(act(() => result.current.create.mutateAsync(variables))).rejects.toMatchObject({
        name: 'IbexValidationError',
        code,
        field,
      })
    }
    await expect(act(() => result.current.update.mutateAsync({ id: 'x' }))).rejects.toMatchObject({
      code: 'validation/fields-required',
    })
    await expect(
      act(() => result.current.removeIban.mutateAsync({ id: 'x', iban: 'DE00 1234' })),
    ).rejects.toMatchObject({ code: 'validation/iban-invalid' })
    expect(ibex.requests()).toEqual([])
  })

  test('refusals: Verification-of-Payee no match is a 400 and saves nothing; the 11th failure of the day is a 429', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    const { result } = renderAddressBook(ibex)
    await waitFor(() => expect(result.current.book.isSuccess).toBe(true))
    const attempt = () =>
      act(() =>
        result.current.create.mutateAsync({
          name: 'Mismatch Payee',
          iban: 'DE89 3704 0044 0532 0130 00',
          respondingPspBic: 'COBADEFFXXX',
        }),
      )
    await expect(attempt()).rejects.toMatchObject({ code: 'http/bad-request', status: 400 })
    for (let failed = 1; failed < 10; failed += 1) {
      await expect(attempt()).rejects.toMatchObject({ status: 400 })
    }
    await expect(attempt()).rejects.toMatchObject({
      code: 'http/rate-limited',
      status: 429,
      retryAfter: expect.any(Number),
    })
    await waitFor(() => expect(result.current.book.isFetching).toBe(false))
    expect(result.current.book.data).toEqual([])
    expect(
      ibex.requests().filter((request) => request === 'POST /v1.2/users/me/addressbook'),
    ).toHaveLength(11)
  })
})
