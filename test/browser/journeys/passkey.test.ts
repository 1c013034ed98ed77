import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { axeViolations } from '../utils/axeViolations.ts'
import { chromiumPath } from '../utils/chromium.ts'
import { expectNoSecrets } from '../utils/expectNoSecrets.ts'
import { startJourney, type DemoVisit, type Journey } from '../utils/startJourney.ts'

// Two people, each in a browser context of their own with their own passkey, using the demo.
describe.runIf(chromiumPath)('demo journey: passkeys, balances, a live transfer', () => {
  let journey: Journey
  const people: DemoVisit[] = []

  beforeAll(async () => {
    journey = await startJourney()
  })

  afterAll(async () => {
    await journey?.close()
  })

  async function open(): Promise<DemoVisit> {
    const person = await journey.visit()
    people.push(person)
    return person
  }

  test('sign-up → balances → transfer to a second user, whose balance moves live → sign-out → sign-in', async () => {
    // The receiver first, so the sender knows where to send.
    const receiver = await open()
    // Both screens of the demo pass axe: the sign-in tabs, and the wallet below.
    await receiver.page.getByRole('tablist', { name: 'Sign-in method' }).waitFor()
    expect(await axeViolations(receiver.page)).toEqual([])
    const receiverSafe = await receiver.wallet.signUpWithPasskey()
    await receiver.wallet.expectBalance('100 EUR-IBEX')
    await receiver.page.getByText('Live', { exact: true }).waitFor()
    expect(await axeViolations(receiver.page)).toEqual([])

    const sender = await open()
    const senderSafe = await sender.wallet.signUpWithPasskey()
    expect(senderSafe).not.toBe(receiverSafe)
    // New Safes are seeded by the mock.
    await sender.wallet.expectBalance('100 EUR-IBEX')
    await sender.wallet.expectBalance('100 USD-IBEX')
    await sender.wallet.expectBalance('0.01 ETH')

    // From now on the receiver's page must not fetch its balances: the socket brings them.
    const receiverBalanceFetches = () =>
      receiver.sent.filter((request) => request.path === '/v1.2/users/me/balances')
    const fetchesBefore = receiverBalanceFetches().length

    await sender.wallet.startTransfer({ to: receiverSafe, symbol: 'EUR-IBEX', amount: '12.5' })
    expect(await sender.wallet.transferEnd()).toBe('confirmed')
    expect(await sender.wallet.transferStatus.textContent()).toBe(
      `Sent 12.5 EUR-IBEX to ${receiverSafe}.`,
    )
    await sender.wallet.expectBalance('87.5 EUR-IBEX')

    await receiver.wallet.expectBalance('112.5 EUR-IBEX')
    await receiver.page
      .getByRole('region', { name: 'Transactions' })
      .getByText('+12.5 EUR-IBEX')
      .waitFor()
    expect(receiverBalanceFetches()).toHaveLength(fetchesBefore)
    await journey.screenshot(receiver.page, 'passkey-receiver')

    // The sender leaves and comes back with the same passkey.
    await sender.wallet.signOut()
    expect(await sender.page.getByTestId('safe-address').count()).toBe(0)
    expect(await sender.wallet.signInWithPasskey()).toBe(senderSafe)
    await sender.wallet.expectBalance('87.5 EUR-IBEX')
    await journey.screenshot(sender.page, 'passkey')

    // Each passkey signed its user's ceremonies and the transfer; its private key, and the PRF
    // output the authenticator produced, never left the browser's authenticator.
    const signedPosts = sender.sent.filter(
      (request) => request.method !== 'GET' && request.body.includes('"credential"'),
    )
    expect(signedPosts.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1.2/auth/sign-up',
      'PUT /v1.2/safes/operations',
      'POST /v1.2/auth/sign-in',
    ])
    const passkeyKeys = (
      await Promise.all(people.map((person) => person.authenticator.privateKeyForms()))
    ).flat()
    expect(passkeyKeys).toHaveLength(12)
    const requests = people.flatMap((person) => person.sent)
    expect(requests.some((request) => request.body.includes('"prf"'))).toBe(true)
    expect(requests.filter((request) => request.body.includes('"results"'))).toEqual([])
    const storages = await expectNoSecrets(
      { requests, pages: people.map((person) => person.page) },
      passkeyKeys,
    )
    for (const storage of storages) expect(storage).toContain('accessToken')
  })
})
