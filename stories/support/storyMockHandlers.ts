import type { RequestHandler, WebSocketHandler } from 'msw'
import { mockIbexHandlers } from '../../src/mock/msw/mockIbexHandlers.ts'
import { mockIbexSocketHandler } from '../../src/mock/msw/mockIbexSocketHandler.ts'
import { storyIbexConfig, storyIbexSocketUrl } from './storyIbexConfig.ts'
import { storyMock } from './storyMock.ts'

/**
 * The MSW handlers of {@link storyMock}: REST under `storyIbexConfig.baseUrl` and the `/ws`
 * WebSocket. The one list both runs use: the browser's worker (`.storybook/mockIbexLoaders.ts`)
 * and the Vitest story run's Node interceptor (`test/stories/stories.test.tsx`).
 *
 * @example
 * const server = setupServer(...storyMockHandlers())
 */
export function storyMockHandlers(): (RequestHandler | WebSocketHandler)[] {
  return [
    ...mockIbexHandlers(storyMock, { baseUrl: storyIbexConfig.baseUrl }),
    mockIbexSocketHandler(storyMock, { url: storyIbexSocketUrl, rpId: storyIbexConfig.rpId }),
  ]
}
