import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { parseAddressInput } from '../../../src/core/operations/parseAddressInput.ts'
import { parseAmountInput } from '../../../src/core/operations/parseAmountInput.ts'
import { toBaseUnits } from '../../../src/core/operations/toBaseUnits.ts'
import { operationIntentSchema } from '../../../src/core/schemas/operationIntentSchema.ts'
import { operationStatusSchema } from '../../../src/core/schemas/operationStatusSchema.ts'
import { swapQuoteSchema } from '../../../src/core/schemas/swapQuoteSchema.ts'
import { bytesToBase64url } from '../../../src/core/utils/base64.ts'

const codeOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return (error as { code?: string }).code
  }
  return 'accepted'
}

describe('amount and address inputs', () => {
  test.each([
    ['12.50', 'accepted'],
    [' 7 ', 'accepted'],
    ['0.000', 'validation/amount-not-positive'],
    ['-3', 'validation/amount-not-positive'],
    ['2E5', 'validation/amount-exponent'],
    ['.5', 'validation/amount-malformed'],
    ['1.', 'validation/amount-malformed'],
    ['1,5', 'validation/amount-malformed'],
    ['', 'validation/amount-malformed'],
    ['0x10', 'validation/amount-malformed'],
  ])('amount %j → %s', (input, code) => {
    expect(codeOf(() => parseAmountInput(input, 'amount'))).toBe(code)
  })

  test('decimals are checked, never rounded; trailing zeros are fine', () => {
    expect(toBaseUnits('1.5', 6, 'amount')).toBe(1_500_000n)
    expect(toBaseUnits('1.50000000', 6, 'amount')).toBe(1_500_000n)
    expect(codeOf(() => toBaseUnits('1.0000001', 6, 'amount'))).toBe(
      'validation/amount-too-precise',
    )
    expect(codeOf(() => toBaseUnits('1.5', 0, 'amount'))).toBe('validation/amount-too-precise')
  })

  test('addresses: any single case is checksummed, a mixed case must hold its checksum', () => {
    const lower = '0xd8da6bf26964af9d7eed9e03e53415d37aa96045'
    expect(parseAddressInput(` ${lower} `, 'to')).toBe('0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045')
    expect(codeOf(() => parseAddressInput(lower.toUpperCase().replace('0X', '0x'), 'to'))).toBe(
      'accepted',
    )
    expect(
      codeOf(() => parseAddressInput('0xD8dA6BF26964aF9D7eEd9e03E53415D37aA96045', 'to')),
    ).toBe('validation/address-checksum')
    expect(codeOf(() => parseAddressInput('vitalik.eth', 'to'))).toBe('validation/address-invalid')
  })
})

describe('operation schemas', () => {
  const hash = `0x${'ab'.repeat(32)}` as const
  const challenge = bytesToBase64url(new Uint8Array(32).fill(0xab))

  test('an intent: the hash is data.userOpHash, else the challenge decoded; they need not agree', () => {
    const body = {
      batchId: 'b1',
      expiresAt: '2030-01-01T00:00:00.000Z',
      credentialRequestOptions: { challenge, rpId: 'localhost', data: { userOpHash: hash } },
    }
    expect(v.parse(operationIntentSchema, body)).toMatchObject({
      batchId: 'b1',
      userOpHash: hash,
      expiresAt: Date.parse('2030-01-01T00:00:00.000Z'),
      options: { challenge },
    })
    const otherHash = `0x${'cd'.repeat(32)}`
    const other = { ...body.credentialRequestOptions, data: { userOpHash: otherHash } }
    expect(
      v.parse(operationIntentSchema, { ...body, credentialRequestOptions: other }),
    ).toMatchObject({ userOpHash: otherHash, options: { challenge } })
    const { data, ...withoutData } = body.credentialRequestOptions
    void data
    expect(
      v.parse(operationIntentSchema, { ...body, credentialRequestOptions: withoutData }).userOpHash,
    ).toBe(hash)
    const short = { challenge: 'AQID' }
    expect(
      v.safeParse(operationIntentSchema, { batchId: 1, credentialRequestOptions: short }).success,
    ).toBe(false)
  })

  test('a status in the Prisma-style spelling, folded into a state', () => {
    const status = v.parse(operationStatusSchema, {
      status: 'confirmed',
      Chains: { id: '100' },
      Operations: [{ index: 0, type: 'TRANSFER_TOKEN' }],
      transactionHash: hash,
      error: null,
    })
    expect(status).toMatchObject({
      status: 'CONFIRMED',
      state: 'confirmed',
      chainId: 100,
      transactionHash: hash,
      operations: [{ index: 0, type: 'TRANSFER_TOKEN' }],
    })
    expect(v.parse(operationStatusSchema, { status: 'SUBMITTED' }).state).toBe('pending')
    expect(v.parse(operationStatusSchema, { status: 'FAILED', error: { reason: 'x' } }).error).toBe(
      '{"reason":"x"}',
    )
  })

  test("a quote in the SDK's spelling (validUntil, fee, provider)", () => {
    const quote = v.parse(swapQuoteSchema, {
      quoteId: 'q1',
      sellToken: '0x18e632ae00000000000000000000000000058cc0',
      sellTokenDecimals: 18,
      buyToken: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913',
      buyTokenDecimals: 6,
      sellAmount: '10',
      buyAmount: '11.795',
      fee: '0.05',
      validUntil: 1_900_000_000,
      provider: '1INCH',
    })
    expect(quote).toMatchObject({
      provider: '1INCH',
      feeAmount: '0.05',
      buyValue: 11_795_000n,
      expiresAt: 1_900_000_000_000,
      comparisons: [],
    })
  })
})
