import { act, configure, waitFor } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { confirmSepaApproval } from '../../../src/core/actions/sepa/confirmSepaApproval.ts'
import { getPasskeyAssertion } from '../../../src/core/webauthn/getPasskeyAssertion.ts'
import { useAddIban } from '../../../src/react/hooks/useAddIban.ts'
import { useCancelMandate } from '../../../src/react/hooks/useCancelMandate.ts'
import { useCreateMandate } from '../../../src/react/hooks/useCreateMandate.ts'
import { useIbans } from '../../../src/react/hooks/useIbans.ts'
import { useMandates } from '../../../src/react/hooks/useMandates.ts'
import { useModifyIban } from '../../../src/react/hooks/useModifyIban.ts'
import { useSepaPayment } from '../../../src/react/hooks/useSepaPayment.ts'
import { useSepaTransactions } from '../../../src/react/hooks/useSepaTransactions.ts'
import { useSignMessage } from '../../../src/react/hooks/useSignMessage.ts'
import { useUpdateMandateStatus } from '../../../src/react/hooks/useUpdateMandateStatus.ts'
import { createTestIbex, type TestIbex } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { safeOf, signUpAs } from '../operations/operationTestUsers.ts'

configure({ asyncUtilTimeout: 5_000 })

const CREDITOR = { name: 'Charles Babbage', iban: 'DE89 3704 0044 0532 0130 00' }
const OTHER_IBAN = 'FR7630006000011234567890189'

function renderSepa(ibex: TestIbex) {
  return renderHookWithIbex(
    () => ({
      ibans: useIbans(),
      addIban: useAddIban(),
      modifyIban: useModifyIban(),
      pay: useSepaPayment(),
      transactions: useSepaTransactions({ type: 'SEPA_OUT' }),
      mandates: useMandates(),
      createMandate: useCreateMandate(),
      setStatus: useUpdateMandateStatus(),
      cancel: useCancelMandate(),
      sign: useSignMessage({ tracking: { intervalMs: 10, timeoutMs: 5_000 } }),
    }),
    ibex,
  )
}

type Sepa = ReturnType<typeof renderSepa>['result']

async function addIban(result: Sepa) {
  return act(() =>
    result.current.addIban.mutateAsync({ holderName: 'Ada Lovelace', label: 'Main' }),
  )
}

describe('SEPA', () => {
  test('an IBAN added and a payment made, each approved with the passkey; the lists follow', async () => {
    const ibex = await createTestIbex()
    const user = await signUpAs(ibex, 'passkey')
    const { result } = renderSepa(ibex)
    await waitFor(() => expect(result.current.ibans.data).toEqual([]))

    const iban = await addIban(result)
    expect(iban).toMatchObject({
      iban: expect.stringMatching(/^FR\d{25}$/),
      holderName: 'Ada Lovelace',
      label: 'Main',
      status: 'active',
      safeAddress: safeOf(user),
      chainId: 421614,
    })
    await waitFor(() =>
      expect(result.current.ibans.data?.map((row) => row.iban)).toEqual([iban.iban]),
    )
    expect(ibex.requests()).toEqual(
      expect.arrayContaining(['POST /v1.2/sepa/iban/add', 'PUT /v1.2/sepa/iban/add']),
    )

    await act(() => result.current.modifyIban.mutateAsync({ iban: iban.iban, label: 'Rent' }))
    await waitFor(() => expect(result.current.ibans.data?.[0]?.label).toBe('Rent'))

    const paid = await act(() =>
      result.current.pay.mutateAsync({
        debtor: { name: 'Ada Lovelace', iban: iban.iban },
        creditor: CREDITOR,
        amount: '150.5',
        reference: 'Invoice 42',
        channel: 'SEPAINSTANT',
      }),
    )
    expect(paid).toMatchObject({ status: 'completed', statusCode: 'DONE', reference: 'Invoice 42' })
    await waitFor(() =>
      expect(result.current.transactions.data?.transactions).toEqual([
        expect.objectContaining({
          id: paid.transactionId,
          type: 'SEPA_OUT',
          amount: '150.50',
          currency: 'EUR',
          senderIban: iban.iban,
          beneficiaryIban: 'DE89370400440532013000',
        }),
      ]),
    )
    expect(result.current.transactions.data?.pagination).toEqual({
      total: 1,
      page: 1,
      limit: 20,
      pages: 1,
    })
    const one = await ibex.client.request({ path: `/v1.2/sepa/transactions/${paid.transactionId}` })
    expect(one).toMatchObject({
      data: { id: paid.transactionId, sepaMessage: { endToEndId: 'Invoice 42' } },
    })
    const links = await ibex.client.request({ path: '/v1.2/users/me/ibans' })
    expect(links).toMatchObject({
      count: 1,
      ibans: [{ safeAddress: safeOf(user), status: 'active' }],
    })
  })

  test('approvals: a replayed one and an expired one are 409, an unknown one 404; nothing paid twice', async () => {
    let clock = Date.now()
    const ibex = await createTestIbex({ mock: { now: () => clock } })
    await signUpAs(ibex, 'passkey')
    const { result } = renderSepa(ibex)
    const iban = await addIban(result)
    const body = {
      reference: 'R1',
      channel: 'SEPA',
      amount: '10.00',
      currency: 'EUR',
      debtor: { name: 'Ada', iban: iban.iban },
      creditor: { name: 'Bob', iban: OTHER_IBAN },
    }
    const open = async () => {
      const answer = (await ibex.client.request({
        method: 'POST',
        path: '/v1.2/sepa/payments',
        body,
      })) as { data: { approvalId: string; credentialRequestOptions: never } }
      const credential = await getPasskeyAssertion({
        optionsJSON: answer.data.credentialRequestOptions,
      })
      return { approvalId: answer.data.approvalId, credential }
    }
    const schema = async () =>
      (await import('../../../src/core/schemas/sepaPaymentResultSchema.ts')).sepaPaymentResultSchema
    const approval = await open()
    await expect(
      confirmSepaApproval(ibex.client, '/v1.2/sepa/payments', approval, schema),
    ).resolves.toMatchObject({ status: 'completed' })
    await expect(
      confirmSepaApproval(ibex.client, '/v1.2/sepa/payments', approval, schema),
    ).rejects.toMatchObject({ code: 'http/conflict', status: 409 })

    const late = await open()
    clock += 5 * 60_000 + 1
    await expect(
      confirmSepaApproval(ibex.client, '/v1.2/sepa/payments', late, schema),
    ).rejects.toMatchObject({ code: 'http/conflict', status: 409 })
    await expect(
      confirmSepaApproval(
        ibex.client,
        '/v1.2/sepa/payments',
        { ...late, approvalId: 'nope' },
        schema,
      ),
    ).rejects.toMatchObject({ code: 'http/not-found', status: 404 })
    const page = (await ibex.client.request({ path: '/v1.2/sepa/transactions' })) as {
      data: unknown[]
    }
    expect(page.data).toHaveLength(1)
  })

  test('refusals: 403 debtor or filter IBAN not owned, 429 past two IBANs, 404 unknown Safe or IBAN, 400 without a passkey', async () => {
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    const { result } = renderSepa(ibex)
    await expect(
      act(() =>
        result.current.pay.mutateAsync({
          debtor: { name: 'Ada', iban: OTHER_IBAN },
          creditor: CREDITOR,
          amount: '1',
          reference: 'R',
        }),
      ),
    ).rejects.toMatchObject({ code: 'http/forbidden', status: 403 })
    await expect(
      act(() =>
        result.current.addIban.mutateAsync({
          holderName: 'Ada',
          safeAddress: '0x52908400098527886e0f7030069857d2e4169ee7',
        }),
      ),
    ).rejects.toMatchObject({ code: 'http/not-found', status: 404 })
    await expect(
      act(() => result.current.modifyIban.mutateAsync({ iban: OTHER_IBAN, label: 'x' })),
    ).rejects.toMatchObject({ code: 'http/not-found', status: 404 })
    await expect(
      ibex.client.request({ path: '/v1.2/sepa/transactions', query: { iban: OTHER_IBAN } }),
    ).rejects.toMatchObject({ code: 'http/forbidden', status: 403 })
    await addIban(result)
    await addIban(result)
    await expect(addIban(result)).rejects.toMatchObject({ code: 'http/rate-limited', status: 429 })

    const pinUser = await createTestIbex()
    await signUpAs(pinUser, 'pin')
    await expect(
      pinUser.client.request({
        method: 'POST',
        path: '/v1.2/sepa/iban/add',
        body: { holderName: 'Ada' },
      }),
    ).rejects.toMatchObject({ code: 'http/bad-request', status: 400 })
  })

  test('validation: IBAN, BIC, amount, names, reference, filters refused before any request', async () => {
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    const { result } = renderSepa(ibex)
    await waitFor(() => expect(result.current.ibans.isSuccess).toBe(true))
    ibex.clearRequests()
    const payment = {
      debtor: { name: 'Ada', iban: OTHER_IBAN },
      creditor: CREDITOR,
      amount: '1',
      reference: 'R',
    }
    const refusals = [
      [
        { ...payment, creditor: { ...CREDITOR, iban: 'DE89 3704 0044 0532 0130 01' } },
        'validation/iban-checksum',
        'creditor.iban',
      ],
      [
        { ...payment, debtor: { name: 'Ada', iban: 'nope' } },
        'validation/iban-invalid',
        'debtor.iban',
      ],
      [
        { ...payment, creditor: { ...CREDITOR, iban: OTHER_IBAN } },
        'validation/iban-same',
        'creditor.iban',
      ],
      [{ ...payment, amount: '0' }, 'validation/amount-not-positive', 'amount'],
      [{ ...payment, amount: '1.005' }, 'validation/amount-too-precise', 'amount'],
      [{ ...payment, amount: '1,5' }, 'validation/amount-malformed', 'amount'],
      [{ ...payment, amount: '1000000000' }, 'validation/amount-too-large', 'amount'],
      [
        { ...payment, creditor: { ...CREDITOR, name: ' ' } },
        'validation/name-required',
        'creditor.name',
      ],
      [{ ...payment, reference: 'x'.repeat(36) }, 'validation/reference-too-long', 'reference'],
      [{ ...payment, channel: 'SWIFT' }, 'validation/channel-invalid', 'channel'],
    ] as const
    for (const [variables, code, field] of refusals) {
      await expect(
        act(() => result.current.pay.mutateAsync(variables as never)),
      ).rejects.toMatchObject({ name: 'IbexValidationError', code, field })
    }
    await expect(
      act(() => result.current.addIban.mutateAsync({ holderName: '' })),
    ).rejects.toMatchObject({ code: 'validation/name-required', field: 'holderName' })
    await expect(
      act(() =>
        result.current.modifyIban.mutateAsync({ iban: OTHER_IBAN, label: 'x'.repeat(101) }),
      ),
    ).rejects.toMatchObject({ code: 'validation/label-too-long' })
    const mandate = {
      sourceIban: OTHER_IBAN,
      destinationIban: 'DE89370400440532013000',
      percent: 20,
      signature: { message: 'IBEX_SEPA_MANDATE_V1 x', signature: '0x' as const },
    }
    const mandateRefusals = [
      [{ ...mandate, percent: 101 }, 'validation/percent-invalid'],
      [{ ...mandate, destinationBic: 'BAD' }, 'validation/bic-invalid'],
      [{ ...mandate, destinationIban: OTHER_IBAN }, 'validation/iban-same'],
      [
        { ...mandate, signature: { message: 'hello', signature: '0x' } },
        'validation/message-invalid',
      ],
      [
        { ...mandate, trigger: { mode: 'whitelist', whitelistRules: [] } },
        'validation/trigger-invalid',
      ],
    ] as const
    for (const [variables, code] of mandateRefusals) {
      await expect(
        act(() => result.current.createMandate.mutateAsync(variables as never)),
      ).rejects.toMatchObject({ code })
    }
    await expect(
      act(() => result.current.setStatus.mutateAsync({ id: 'm', status: 'paused' as never })),
    ).rejects.toMatchObject({ code: 'validation/status-invalid' })
    expect(ibex.requests()).toEqual([])

    const { result: filtered } = renderHookWithIbex(() => useSepaTransactions({ page: 0 }), ibex)
    await waitFor(() =>
      expect(filtered.current.error).toMatchObject({ code: 'validation/page-invalid' }),
    )
    expect(ibex.requests()).toEqual([])
  })

  test('mandates: created with a message the Safe signed; suspended, resumed, cancelled; cancelled is terminal', async () => {
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, 'passkey')
    const { result } = renderSepa(ibex)
    const iban = await addIban(result)
    const message = `IBEX_SEPA_MANDATE_V1 forward 20% of ${iban.iban} to DE89370400440532013000`
    const base = {
      sourceIban: iban.iban,
      destinationIban: CREDITOR.iban,
      destinationName: CREDITOR.name,
      percent: 20,
    }

    // A message the Safe never signed is refused by IBEx.
    await expect(
      act(() =>
        result.current.createMandate.mutateAsync({
          ...base,
          signature: { message, signature: '0x' },
        }),
      ),
    ).rejects.toMatchObject({ code: 'http/bad-request', status: 400 })

    const signed = await act(() => result.current.sign.mutateAsync({ message }))
    expect(signed.status).toBe('confirmed')
    const mandate = await act(() =>
      result.current.createMandate.mutateAsync({
        ...base,
        signature: {
          message,
          signature: signed.operation.signature,
          safeOperationUserOpHash: signed.userOpHash,
        },
      }),
    )
    expect(mandate).toMatchObject({
      status: 'validated',
      sourceIban: iban.iban,
      destinationIban: 'DE89370400440532013000',
      percent: 20,
      signature: {
        message,
        messageHash: signed.operation.messageHash,
        safeOperationUserOpHash: signed.userOpHash,
      },
    })
    await waitFor(() =>
      expect(result.current.mandates.data?.map((row) => row.id)).toEqual([mandate.id]),
    )

    await act(() => result.current.setStatus.mutateAsync({ id: mandate.id, status: 'suspended' }))
    await waitFor(() => expect(result.current.mandates.data?.[0]?.status).toBe('suspended'))
    await act(() => result.current.setStatus.mutateAsync({ id: mandate.id, status: 'validated' }))
    await act(() => result.current.cancel.mutateAsync({ id: mandate.id }))
    await waitFor(() => expect(result.current.mandates.data?.[0]?.status).toBe('cancelled'))
    await expect(
      act(() => result.current.setStatus.mutateAsync({ id: mandate.id, status: 'validated' })),
    ).rejects.toMatchObject({ code: 'http/conflict', status: 409 })
    await expect(
      act(() => result.current.cancel.mutateAsync({ id: mandate.id })),
    ).rejects.toMatchObject({ code: 'http/conflict', status: 409 })
    await expect(
      act(() => result.current.cancel.mutateAsync({ id: 'unknown' })),
    ).rejects.toMatchObject({ code: 'http/not-found', status: 404 })
    // Another user's IBAN as the source: 403.
    await expect(
      act(() =>
        result.current.createMandate.mutateAsync({
          ...base,
          sourceIban: OTHER_IBAN,
          signature: { message, signature: '0x' },
        }),
      ),
    ).rejects.toMatchObject({ code: 'http/forbidden', status: 403 })
  })
})
