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
import { storyMockHandlers } from '../../stories/support/storyMockHandlers.ts'
import { expectNoAxeViolations } from '../utils/expectNoAxeViolations.ts'

// The shape composeStories() expects of a module: a meta as `default`, stories beside it.
type StoriesModule = Store_CSFExports<ReactRenderer> & Record<string, StoryObj>

// Every stories file, so that a new story is rendered, played and checked without editing this.
const storyModules = import.meta.glob<StoriesModule>('../../stories/**/*.stories.{ts,tsx}', {
  eager: true,
})

// Gives the composed stories the preview's decorators, globals and loaders, and (through the
// React renderer's beforeAll) wraps `storybook/test` events in act().
const annotations = setProjectAnnotations([previewAnnotations])
beforeAll(annotations.beforeAll)

// The session's mock IBEx, as in Storybook: jsdom has no Service Worker, so MSW's Node
// interceptor serves the same handlers (the preview's loader skips itself here). One mock for
// the whole run, as in one Storybook session; stories never reset it between them.
const server = setupServer(...storyMockHandlers())
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

let canvasElement: HTMLElement | null = null
let lastStory: { load: () => Promise<void> } | null = null
afterEach(async () => {
  // Storybook unmounts a story's React root only when the next story runs or loads, so the last
  // story of the file would stay mounted past the test environment's teardown, its timers (the
  // mock panel's polling) firing into a jsdom that is gone ("window is not defined"). load() runs
  // those cleanups now (and the story's loaders and beforeEach, which mount nothing).
  await lastStory?.load()
  lastStory = null
  // Unmounted: React emptied the canvas (a story left mounted would still fill it).
  expect(canvasElement?.childElementCount ?? 0).toBe(0)
  canvasElement?.remove()
  canvasElement = null
})

describe('given the stories files', () => {
  it('should find the component stories', () => {
    const files = Object.keys(storyModules).map((path) => path.replace('../../stories/', ''))
    expect(files).toEqual(
      expect.arrayContaining([
        'components/PinPad.stories.tsx',
        'components/OtpInput.stories.tsx',
        'components/PasskeyButton.stories.tsx',
        'flows/PasskeyFlow.stories.tsx',
      ]),
    )
  })
})

for (const [path, storyModule] of Object.entries(storyModules)) {
  const stories = Object.entries(composeStories(storyModule))

  describe(`given ${path.replace('../../stories/', '')}`, () => {
    it('should export at least one story', () => {
      expect(stories.length).toBeGreaterThan(0)
    })

    for (const [exportName, Story] of stories) {
      it(`should render ${exportName}, pass its play function and have no axe violations`, async () => {
        canvasElement = document.body.appendChild(document.createElement('div'))
        lastStory = Story
        // run() = loaders, beforeEach, mount through the preview's decorators, play, afterEach.
        await Story.run({ canvasElement })
        expect(canvasElement.childElementCount).toBeGreaterThan(0)
        await expectNoAxeViolations(canvasElement)
      })
    }
  })
}
