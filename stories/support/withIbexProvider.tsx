import type { Decorator } from '@storybook/react-vite'
import { useEffect, useState, type ReactNode } from 'react'
import type { IbexLocale } from '../../src/components/internal/messages/IbexMessages.ts'
import { ibexLocales } from '../../src/components/internal/messages/ibexLocales.ts'
import type { CreateIbexClientOptions } from '../../src/core/client/IbexClient.ts'
import { IbexProvider } from '../../src/react/IbexProvider.tsx'
import { onStoryMockReset } from './resetStoryMock.ts'
import { storyIbexConfig } from './storyIbexConfig.ts'

/**
 * `parameters.ibex` of a story under {@link withIbexProvider}.
 *
 * @example
 * parameters: { ibex: { config: { chainId: 8453 } } } satisfies { ibex: StoryIbexParameters }
 */
export type StoryIbexParameters = {
  /** Changes to `storyIbexConfig` for this story (`chainId`, `storage`…); keep `baseUrl`. */
  config?: Partial<CreateIbexClientOptions> | undefined
}

function StoryIbexProvider(props: {
  config: CreateIbexClientOptions
  locale: IbexLocale
  children: ReactNode
}): ReactNode {
  // A new key after a reset: a new client, signed out, for users the mock still knows.
  const [generation, setGeneration] = useState(0)
  useEffect(() => onStoryMockReset(() => setGeneration((n) => n + 1)), [])
  return (
    <IbexProvider key={generation} config={props.config} locale={props.locale}>
      {props.children}
    </IbexProvider>
  )
}

/**
 * Wraps a story in `<IbexProvider config={storyIbexConfig}>` (memory storage, the session's mock
 * IBEx), with the toolbar's locale. Opt in per meta or story: `decorators: [withIbexProvider]`.
 * Each mount gets its own client, so a story starts signed out; the mock's users stay.
 *
 * @example
 * const meta = { title: 'Flows/Passkey', decorators: [withIbexProvider] } satisfies Meta
 */
export const withIbexProvider: Decorator = (Story, context) => {
  const { config } = (context.parameters.ibex ?? {}) as StoryIbexParameters
  const locale: IbexLocale = ibexLocales.find((tag) => tag === context.globals.locale) ?? 'en'
  return (
    <StoryIbexProvider config={{ ...storyIbexConfig, ...config }} locale={locale}>
      <Story />
    </StoryIbexProvider>
  )
}
