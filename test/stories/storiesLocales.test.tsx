import {
  composeStories,
  setProjectAnnotations,
  type ReactRenderer,
  type StoryObj,
} from '@storybook/react-vite'
import { setupServer } from 'msw/node'
import type { Store_CSFExports } from 'storybook/internal/types'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as previewAnnotations from '../../.storybook/preview.ts'
import * as AccountMenuStories from '../../stories/components/AccountMenu.stories.tsx'
import * as EmailOtpFormStories from '../../stories/components/EmailOtpForm.stories.tsx'
import * as OtpInputStories from '../../stories/components/OtpInput.stories.tsx'
import * as PasskeyButtonStories from '../../stories/components/PasskeyButton.stories.tsx'
import * as PinPadStories from '../../stories/components/PinPad.stories.tsx'
import * as WalletButtonStories from '../../stories/components/WalletButton.stories.tsx'
import * as SignInStories from '../../stories/components/SignIn.stories.tsx'
import * as SignUpStories from '../../stories/components/SignUp.stories.tsx'
import * as EmailFlowStories from '../../stories/flows/EmailFlow.stories.tsx'
import * as PasskeyFlowStories from '../../stories/flows/PasskeyFlow.stories.tsx'
import * as PinFlowStories from '../../stories/flows/PinFlow.stories.tsx'
import * as TransferFormStories from '../../stories/components/TransferForm.stories.tsx'
import * as RecoveryFlowStories from '../../stories/flows/RecoveryFlow.stories.tsx'
import * as CrossChainRouteFlowStories from '../../stories/flows/CrossChainRouteFlow.stories.tsx'
import { storyMockHandlers } from '../../stories/support/storyMockHandlers.ts'
import { ibexCatalogues } from '../../src/components/internal/messages/ibexCatalogues.ts'
import type { IbexLocale } from '../../src/components/internal/messages/IbexMessages.ts'
import { expectNoAxeViolations } from '../utils/expectNoAxeViolations.ts'

// The auth stories, played with the Locale toolbar on each other language: their plays find
// elements by role and the active catalogue, so they must pass in every one (stories.test.tsx
// plays every story in English). The slow flows (a PIN or a passphrase derived in the thread,
// several times) run in German only: the longest strings, the same code paths.
type StoriesModule = Store_CSFExports<ReactRenderer> & Record<string, StoryObj>
const everyLocale: StoriesModule[] = [
  SignInStories,
  SignUpStories,
  AccountMenuStories,
  PasskeyFlowStories,
  PinPadStories,
  OtpInputStories,
  PasskeyButtonStories,
  EmailOtpFormStories,
  WalletButtonStories,
]
const germanOnly: StoriesModule[] = [
  PinFlowStories,
  EmailFlowStories,
  TransferFormStories,
  RecoveryFlowStories,
  CrossChainRouteFlowStories,
]

/** Strings of `locale` that differ from English, placeholders left out. */
function localeOnlyTexts(locale: IbexLocale): string[] {
  return Object.values(ibexCatalogues).flatMap((catalogue) => {
    const english: object = catalogue.en
    return Object.entries(catalogue[locale])
      .filter(
        ([key, text]) =>
          typeof text === 'string' &&
          !text.includes('{') &&
          text !== (english as Record<string, unknown>)[key],
      )
      .map(([, text]) => String(text))
  })
}

const annotations = setProjectAnnotations([previewAnnotations])
beforeAll(annotations.beforeAll)

const server = setupServer(...storyMockHandlers())
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

let canvasElement: HTMLElement | null = null
let lastStory: { load: () => Promise<void> } | null = null
afterEach(async () => {
  // As in stories.test.tsx: Storybook unmounts a story only when the next one loads, so the
  // file's last story would stay mounted past the environment's teardown, its timers (the mock
  // panel's polling) firing into a jsdom that is gone. load() runs those cleanups now.
  await lastStory?.load()
  lastStory = null
  canvasElement?.remove()
  canvasElement = null
})

for (const locale of ['fr', 'de', 'es', 'it'] as const) {
  const modules = locale === 'de' ? [...everyLocale, ...germanOnly] : everyLocale
  describe(`given the Locale toolbar on ${locale}`, () => {
    for (const storyModule of modules) {
      const title = String(storyModule.default.title)
      const stories = composeStories(storyModule, {
        initialGlobals: { ...previewAnnotations.default.initialGlobals, locale },
      })
      for (const [name, Story] of Object.entries(stories)) {
        it(`should play ${title} / ${name} and have no axe violations`, async () => {
          canvasElement = document.body.appendChild(document.createElement('div'))
          lastStory = Story
          await Story.run({ canvasElement })
          expect(canvasElement.childElementCount).toBeGreaterThan(0)
          // The toolbar reached the components (not only the play): a card on screen speaks
          // this language. Stories that end on the account screen show only an address.
          if (canvasElement.querySelector('[data-ibex-auth]')) {
            const shown = canvasElement.textContent ?? ''
            expect(localeOnlyTexts(locale).some((text) => shown.includes(text))).toBe(true)
          }
          await expectNoAxeViolations(canvasElement)
        }, 120_000)
      }
    }
  })
}
