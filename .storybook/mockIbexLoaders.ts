import type { Loader } from '@storybook/react-vite'

/**
 * Where the in-browser mock IBEx starts, before any story renders: empty until `src/mock` ships
 * its MSW browser adapter. The loader to add here starts the MSW worker once (served from
 * `public/mockServiceWorker.js`, which `npm run storybook` / `build-storybook` generate) with
 * the mock's handlers, REST and WebSocket. Loaders also run in the portable-stories test
 * (test/stories/, jsdom), where no Service Worker exists: that run needs MSW's Node interceptor
 * instead, or the loader must skip itself outside a browser.
 *
 * @example
 * const preview = { loaders: [...mockIbexLoaders] } satisfies Preview
 */
export const mockIbexLoaders: Loader[] = []
