import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { AccountMenu } from '../../../src/components/AccountMenu/AccountMenu.tsx'
import { accountMenuMessages } from '../../../src/components/internal/messages/accountMenuMessages.ts'
import { ibexLocales } from '../../../src/components/internal/messages/ibexLocales.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

const en = accountMenuMessages.en

async function signedIn() {
  const ibex = await createTestIbex()
  const user = await signUpWithPasskey(ibex)
  const address = user.safeAddresses[String(user.chainId)] ?? ''
  return { ibex, address }
}

describe('given an AccountMenu', () => {
  it('should render nothing while signed out', async () => {
    const ibex = await createTestIbex()
    const { container } = renderWithIbex(<AccountMenu />, ibex)
    expect(container.querySelector('[data-ibex-account-menu]')).toBeNull()
  })

  it('should open from the keyboard on the first item, move with the arrows, close with Escape back on the trigger', async () => {
    const user = userEvent.setup()
    const { ibex, address } = await signedIn()
    renderWithIbex(<AccountMenu />, ibex)
    const trigger = await screen.findByRole('button', { name: /^Account 0x/ })
    expect(trigger).toHaveTextContent(`${address.slice(0, 6)}…${address.slice(-4)}`)
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu')
    expect(trigger).toHaveAttribute('aria-expanded', 'false')

    trigger.focus()
    await user.keyboard('{Enter}')
    const menu = screen.getByRole('menu', { name: en.menuLabel })
    expect(trigger).toHaveAttribute('aria-expanded', 'true')
    expect(trigger).toHaveAttribute('aria-controls', menu.id)
    const items = within(menu).getAllByRole('menuitem')
    expect(items[0]).toHaveFocus()
    expect(menu).toHaveAccessibleDescription(new RegExp(address))
    await user.keyboard('{ArrowUp}')
    expect(items.at(-1)).toHaveFocus()
    expect(items.at(-1)).toHaveAccessibleName(en.signOut)
    await user.keyboard('{Home}')
    expect(items[0]).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(trigger).toHaveFocus()
    expect(trigger).toHaveAttribute('aria-expanded', 'false')

    await user.keyboard('{ArrowUp}')
    expect(within(screen.getByRole('menu')).getAllByRole('menuitem').at(-1)).toHaveFocus()
    await user.click(document.body)
    expect(screen.queryByRole('menu')).toBeNull()
  })

  it('should show the network and the total value, and copy the full address', async () => {
    const user = userEvent.setup()
    const { ibex, address } = await signedIn()
    const { container } = renderWithIbex(<AccountMenu />, ibex)
    await user.click(await screen.findByRole('button', { name: /^Account 0x/ }))
    const summary = container.querySelector('[data-part="summary"]')
    expect(summary).toHaveTextContent(address)
    await waitFor(() =>
      expect(container.querySelector('[data-part="chain"]')?.textContent).toMatch(/^Network: \S/),
    )
    await waitFor(() =>
      expect(container.querySelector('.ibex-account__total-value')?.textContent).toMatch(/€/),
    )
    await user.click(screen.getByRole('menuitem', { name: en.copyAddress }))
    expect(await navigator.clipboard.readText()).toBe(address)
    expect(screen.getByRole('status')).toHaveTextContent(en.copied)
    expect(screen.getByRole('button', { name: /^Account 0x/ })).toHaveFocus()
  })

  it('should sign out from the menu and then render nothing', async () => {
    const user = userEvent.setup()
    const { ibex } = await signedIn()
    const onSignOut = vi.fn()
    const { container } = renderWithIbex(<AccountMenu onSignOut={onSignOut} />, ibex)
    await user.click(await screen.findByRole('button', { name: /^Account 0x/ }))
    await user.click(screen.getByRole('menuitem', { name: en.signOut }))
    await waitFor(() => expect(onSignOut).toHaveBeenCalledTimes(1), { timeout: 10_000 })
    expect(ibex.client.session.getSnapshot().status).toBe('signed-out')
    expect(container.querySelector('[data-ibex-account-menu]')).toBeNull()
  })

  it.each(ibexLocales)('should be axe-clean open and closed in %s', async (locale) => {
    const user = userEvent.setup()
    const { ibex } = await signedIn()
    const { container } = renderWithIbex(<AccountMenu />, ibex, { locale })
    const messages = accountMenuMessages[locale]
    const trigger = await screen.findByRole('button', {
      name: new RegExp(`^${messages.trigger.replace('{address}', '0x')}`),
    })
    await expectNoAxeViolations(container)
    await user.click(trigger)
    expect(screen.getByRole('menuitem', { name: messages.signOut })).toBeInTheDocument()
    await expectNoAxeViolations(container)
  })
})
