import type { StoryContext } from '@storybook/react-vite'
import { ibexLocales } from '../../src/components/internal/messages/ibexLocales.ts'
import { resolveWalletMessages } from '../../src/components/internal/messages/wallet/resolveWalletMessages.ts'
import type { WalletMessages } from '../../src/components/internal/messages/wallet/WalletMessages.ts'

/**
 * The strings a wallet component shows in the story's locale (the toolbar's), so a play finds
 * its labels and buttons whatever the language.
 *
 * @example
 * const text = storyWalletMessages(context, 'transferForm')
 * await userEvent.click(canvas.getByRole('button', { name: text.submit }))
 */
export function storyWalletMessages<key extends Exclude<keyof WalletMessages, 'common'>>(
  context: Pick<StoryContext, 'globals'>,
  component: key,
) {
  const locale = ibexLocales.find((tag) => tag === context.globals.locale) ?? 'en'
  return resolveWalletMessages(component, locale)
}
