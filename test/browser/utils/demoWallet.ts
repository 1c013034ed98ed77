import type { Page } from 'playwright-core'
import { expect } from 'vitest'

// Long enough for a passkey or an Argon2id derivation on a busy 2-core machine.
const SLOW = { timeout: 30_000 }

/**
 * What a journey does on the demo app's screens, through roles and labels as a person would:
 * signing up with a passkey, reading the Safe and the balances, sending a transfer, signing out.
 *
 * @example
 * const wallet = demoWallet(page)
 * await wallet.signUpWithPasskey()
 * await wallet.expectBalance('100 EUR-IBEX')
 */
export function demoWallet(page: Page) {
  const balancesRegion = page.getByRole('region', { name: 'Balances' })
  const transferRegion = page.getByRole('region', { name: 'Send' })
  const transferStatus = transferRegion.locator('[role="status"][data-stage]')

  async function balances(): Promise<string[]> {
    return balancesRegion.locator('li .demo-amount').allInnerTexts()
  }

  return {
    signOutButton: page.getByRole('button', { name: 'Sign out' }),
    transferStatus,

    /** Waits for the wallet screen (signed in) and returns the Safe's address. */
    async safeAddress(): Promise<string> {
      const safe = page.getByTestId('safe-address')
      await safe.waitFor(SLOW)
      const address = await safe.textContent()
      expect(address).toMatch(/^0x[0-9a-fA-F]{40}$/)
      return address ?? ''
    },

    async signUpWithPasskey(): Promise<string> {
      await page.getByRole('tab', { name: 'Passkey' }).click()
      await page.getByRole('button', { name: 'Create a passkey' }).click()
      return this.safeAddress()
    },

    async signInWithPasskey(): Promise<string> {
      await page.getByRole('tab', { name: 'Passkey' }).click()
      await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
      return this.safeAddress()
    },

    async signOut(): Promise<void> {
      await this.signOutButton.click()
      await page.getByRole('tablist', { name: 'Sign-in method' }).waitFor()
    },

    balances,

    /** Waits until the balances list shows `amount` (e.g. `'112.5 EUR-IBEX'`). */
    async expectBalance(amount: string, timeout = 15_000): Promise<void> {
      await expect.poll(balances, { timeout }).toContain(amount)
    },

    /** Fills the transfer form and presses Send (signer inputs first, when given). */
    async startTransfer(transfer: {
      to: string
      symbol: string
      amount: string
      pin?: string
    }): Promise<void> {
      await transferRegion.getByLabel('Recipient').fill(transfer.to)
      const token = transferRegion.getByLabel('Token')
      const option = token.getByRole('option', { name: new RegExp(`^${transfer.symbol} \\(`) })
      await token.selectOption((await option.getAttribute('value')) ?? '')
      await transferRegion.getByLabel('Amount').fill(transfer.amount)
      if (transfer.pin !== undefined) await transferRegion.getByLabel('Your PIN').fill(transfer.pin)
      await this.submitTransfer()
    },

    /** Presses Send on the form as filled, and waits until the run has started. */
    async submitTransfer(): Promise<void> {
      const before = await transferStatus.getAttribute('data-submitted-at')
      await transferRegion.getByRole('button', { name: 'Send' }).click()
      // The run has started once the hook shows a new submission time.
      await expect
        .poll(() => transferStatus.getAttribute('data-submitted-at'), SLOW)
        .not.toBe(before)
    },

    /** Waits for the transfer started last to end: `confirmed`, `pending` or `failed`. */
    async transferEnd(): Promise<string> {
      const sendButton = transferRegion.getByRole('button', { name: 'Send' })
      await expect.poll(() => sendButton.getAttribute('aria-disabled'), SLOW).toBe('false')
      return (await transferStatus.getAttribute('data-stage')) ?? ''
    },
  }
}
