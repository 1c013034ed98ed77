import { addVirtualAuthenticator } from 'ibex-react/testing'
import { expect, test } from './fixtures.ts'

test('signs up with a passkey and sees faucet funds arrive', async ({ page, ibex }) => {
  const authenticator = await addVirtualAuthenticator(page)
  // The app under test reads its IBEx URL from `?api=` (use whatever your app reads).
  await page.goto(`/?api=${encodeURIComponent(ibex.url)}`)

  await page.getByRole('tab', { name: 'Passkey' }).click()
  await page.getByRole('button', { name: 'Create a passkey' }).click()
  const safe = (await page.getByTestId('safe-address').textContent()) ?? ''
  expect(await authenticator.credentials()).toHaveLength(1)

  const balances = page.getByRole('region', { name: 'Balances' })
  await expect(balances).toContainText('100 EUR-IBEX')
  await ibex.fund(safe, '25', 'EUR-IBEX')
  await expect(balances).toContainText('125 EUR-IBEX')
})
