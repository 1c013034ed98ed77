import { parseUnits } from 'viem'
import { privateKeyToAddress } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createMockIbex } from '../../../src/exports/mock.ts'
import { operationStatusOf } from '../../../src/mock/operations/operationStatusOf.ts'
import { balanceOf } from '../../../src/mock/wallet/balanceOf.ts'
import { findToken } from '../../../src/mock/wallet/findToken.ts'
import { chromiumPath } from '../utils/chromium.ts'
import { expectNoSecrets } from '../utils/expectNoSecrets.ts'
import { startJourney, type Journey } from '../utils/startJourney.ts'

// While the user sends, IBEx answers all, then a share, of the requests with 500s; a seeded mock
// draws the same ones from run to run.
const ERROR_RATE = 0.3
const MAX_ATTEMPTS = 12
const RECIPIENT = privateKeyToAddress(`0x${'44'.repeat(32)}`)

describe.runIf(chromiumPath)('demo journey: a transfer through network faults', () => {
  let journey: Journey

  beforeAll(async () => {
    journey = await startJourney({ mock: createMockIbex({ seed: 'journey-network-faults' }) })
  })

  afterAll(async () => {
    await journey?.close()
  })

  test('failed attempts are retried by the user until one is sent; it executes exactly once and the UI agrees', async () => {
    const { page, sent, wallet, authenticator } = await journey.visit()
    const safe = await wallet.signUpWithPasskey()
    await wallet.expectBalance('100 EUR-IBEX')

    // First IBEx answers nothing but 500s: the attempt fails before anything executes.
    await journey.setFaults({ errorRate: 1 })
    const ends: string[] = []
    await wallet.startTransfer({ to: RECIPIENT, symbol: 'EUR-IBEX', amount: '5' })
    ends.push(await wallet.transferEnd())
    expect(ends).toEqual(['failed'])
    expect(await page.getByRole('alert').textContent()).toBeTruthy()

    // Then only some of them.
    await journey.setFaults({ errorRate: ERROR_RATE })
    await wallet.submitTransfer()
    ends.push(await wallet.transferEnd())
    // What a person does: a transfer the app says was not sent is sent again; one it says was
    // sent (confirmed, or waiting for confirmation) is not.
    while (ends.at(-1) === 'failed' && ends.length < MAX_ATTEMPTS) {
      await wallet.submitTransfer()
      ends.push(await wallet.transferEnd())
    }
    const faulted = sent.filter((request) => request.status === 500)
    await journey.setFaults({ errorRate: null })

    expect(ends.at(-1)).toMatch(/^(confirmed|pending)$/)
    // The faults did hit the journey, and every attempt before the last was refused before
    // anything executed.
    expect(faulted.length).toBeGreaterThan(0)
    expect(ends.slice(0, -1).every((end) => end === 'failed')).toBe(true)

    // IBEx executed one transfer, whatever the number of attempts (each prepares its own).
    const operations = [...(journey.mock.mock.state.tenants.get('localhost')?.operations ?? [])]
      .map(([, intent]) => intent)
      .filter((intent) => intent.safeAddress.toLowerCase() === safe.toLowerCase())
    const executed = operations.filter((intent) => intent.executedAt !== undefined)
    expect(executed).toHaveLength(1)
    expect(operations.length).toBeLessThanOrEqual(ends.length)
    const eur = findToken(421614, 'EUR-IBEX')
    if (!eur) throw new Error('no EUR-IBEX token in the mock')
    expect(balanceOf(journey.mock.mock.state.ledger, RECIPIENT, eur)).toBe(parseUnits('5', 18))

    // The UI agrees once the network is healthy again: one outgoing transfer, 95 left.
    const executedStatus = () => operationStatusOf(executed[0]!, journey.mock.mock.now()).status
    await expect.poll(executedStatus, { timeout: 15_000 }).toBe('CONFIRMED')
    await page
      .getByRole('region', { name: 'Balances' })
      .getByRole('button', { name: 'Refresh' })
      .click()
    await wallet.expectBalance('95 EUR-IBEX')
    const transactions = page.getByRole('region', { name: 'Transactions' })
    await transactions.getByText('−5 EUR-IBEX').waitFor()
    expect(await transactions.getByText('−5 EUR-IBEX').count()).toBe(1)
    expect(await wallet.transferStatus.textContent()).toMatch(/^(Sent 5 EUR-IBEX to|Sent\. )/)
    await journey.screenshot(page, 'network-faults')

    await expectNoSecrets({ requests: sent, pages: [page] }, await authenticator.privateKeyForms())
    console.log(
      `[network-faults] ${ends.length} attempts: ${ends.join(', ')}; 500s: ${faulted.map((request) => `${request.method} ${request.path}`).join(', ')}`,
    )
  })
})
