import type { Decorator } from '@storybook/react-vite'
import type { IbexLocale } from '../src/components/internal/messages/IbexMessages.ts'
import { ibexLocales } from '../src/components/internal/messages/ibexLocales.ts'

function isIbexLocale(value: unknown): value is IbexLocale {
  return ibexLocales.some((locale) => locale === value)
}

/**
 * Passes the toolbar's `locale` global to the story's component as its `locale` prop. Only
 * stories whose meta declares a `locale` argType get it (so components without the prop never
 * receive it), and a story that sets `args.locale` itself keeps its own.
 *
 * @example
 * const meta = { component: PinPad, argTypes: { locale: localeArgType } } satisfies Meta<typeof PinPad>
 */
export const withLocale: Decorator = (Story, context) => {
  const locale = context.globals.locale
  if (!('locale' in context.argTypes) || context.args.locale !== undefined || !isIbexLocale(locale))
    return <Story />
  return <Story args={{ ...context.args, locale }} />
}
