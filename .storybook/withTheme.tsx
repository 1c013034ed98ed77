import type { Decorator } from '@storybook/react-vite'

/** The values of the `theme` toolbar global. */
export type StoryTheme = 'light' | 'dark'

/**
 * Paints the story in the toolbar's theme. The wrapper carries `data-ibex` so that styles.css
 * gives it the same `--ibex-*` variables as the components, and `data-ibex-theme` switches every
 * component inside it, as an app would do on `<html>`.
 *
 * @example
 * const preview = { decorators: [withTheme] } satisfies Preview
 */
export const withTheme: Decorator = (Story, context) => {
  const theme: StoryTheme = context.globals.theme === 'dark' ? 'dark' : 'light'
  // On a docs page several stories share the page: each gets a padded tile, not the viewport.
  const fillViewport = context.viewMode === 'story'
  return (
    <div
      data-ibex=""
      data-ibex-theme={theme}
      data-ibex-story-frame=""
      style={{
        boxSizing: 'border-box',
        display: 'grid',
        placeItems: 'center',
        padding: '1.5rem',
        minHeight: fillViewport ? '100vh' : undefined,
        background: 'var(--ibex-bg)',
        color: 'var(--ibex-fg)',
        fontFamily: 'var(--ibex-font-family)',
        colorScheme: theme,
      }}
    >
      <Story />
    </div>
  )
}
