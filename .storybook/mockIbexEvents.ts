/**
 * Channel event of the toolbar's "Reset mock IBEx" button (manager.tsx → the preview, where
 * `mockIbexLoaders` listens and calls `resetStoryMock()`).
 *
 * @example
 * api.emit(MOCK_IBEX_RESET_EVENT)
 */
export const MOCK_IBEX_RESET_EVENT = 'ibex-mock/reset'
