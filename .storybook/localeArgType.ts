import type { ArgTypes } from '@storybook/react-vite'
import { ibexLocales } from '../src/components/internal/messages/ibexLocales.ts'

/**
 * The `locale` argType of a component with a `locale` prop. Declaring it in a meta is what lets
 * {@link withLocale} pass the toolbar's locale to that component (docgen argTypes are not there
 * when stories run in Vitest).
 *
 * @example
 * const meta = { component: OtpInput, argTypes: { locale: localeArgType } } satisfies Meta<typeof OtpInput>
 */
export const localeArgType = {
  control: 'inline-radio',
  options: [...ibexLocales],
  description: 'Language of the built-in strings. Unset: the Locale toolbar decides.',
} satisfies ArgTypes[string]
