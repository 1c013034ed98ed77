import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import {
  AccountMenu,
  type AccountMenuProps,
} from '../../src/components/AccountMenu/AccountMenu.tsx'
import { PasskeyButton } from '../../src/components/PasskeyButton/PasskeyButton.tsx'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { storyMessages } from '../support/storyMessages.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

/** The menu needs a session: signed out, the story offers a passkey sign-up first. */
function SignedInAccountMenu(props: AccountMenuProps): ReactNode {
  const { status } = useSession()
  if (status === 'loading') return null
  if (status !== 'signed-in') return <PasskeyButton mode="sign-up" locale={props.locale} />
  return (
    <div style={{ minHeight: '24rem', display: 'flex', alignItems: 'flex-start' }}>
      <AccountMenu {...props} />
    </div>
  )
}

const meta = {
  title: 'Components/AccountMenu',
  component: AccountMenu,
  decorators: [withIbexProvider],
  argTypes: {
    locale: localeArgType,
    currency: { control: 'inline-radio', options: ['eur', 'usd'] },
  },
  args: { onSignOut: fn() },
  render: (args) => <SignedInAccountMenu {...args} />,
} satisfies Meta<typeof AccountMenu>

export default meta
type Story = StoryObj<typeof meta>

async function signUp(canvasElement: HTMLElement, t: ReturnType<typeof storyMessages>) {
  const canvas = within(canvasElement)
  const create = canvas.queryByRole('button', { name: t.passkey.signUp })
  if (create) await userEvent.click(create)
  return canvas.findByRole('button', { name: t.accountTrigger }, { timeout: 5000 })
}

/**
 * Keyboard only: Enter opens the menu on its first item, the arrows move, Escape closes it and
 * focus is back on the trigger. The menu describes itself with the Safe, network and value.
 */
export const Keyboard: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const t = storyMessages(globals)
    const trigger = await signUp(canvasElement, t)
    trigger.focus()
    await userEvent.keyboard('{Enter}')
    const menu = canvas.getByRole('menu', { name: t.account.menuLabel })
    const items = within(menu).getAllByRole('menuitem')
    await waitFor(() => expect(items[0]).toHaveFocus())
    await userEvent.keyboard('{End}')
    await expect(items.at(-1)).toHaveAccessibleName(t.account.signOut)
    await expect(items.at(-1)).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    await expect(canvas.queryByRole('menu')).toBeNull()
    await expect(trigger).toHaveFocus()
  },
}

/** The menu left open, in US dollars. */
export const Open: Story = {
  args: { currency: 'usd' },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const t = storyMessages(globals)
    await userEvent.click(await signUp(canvasElement, t))
    await expect(canvas.getByRole('menuitem', { name: t.account.copyAddress })).toBeInTheDocument()
  },
}

/** Sign out from the menu: the app's `onSignOut` runs and the menu goes away. */
export const SignOut: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement)
    const t = storyMessages(globals)
    await userEvent.click(await signUp(canvasElement, t))
    await userEvent.click(canvas.getByRole('menuitem', { name: t.account.signOut }))
    await waitFor(() => expect(args.onSignOut).toHaveBeenCalledOnce())
    await expect(canvas.queryByRole('button', { name: t.accountTrigger })).toBeNull()
  },
}
