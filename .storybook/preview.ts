import type { Preview } from '@storybook/react-vite'
import '../src/styles.css'
import { applyAuthenticatorGlobal } from './applyAuthenticatorGlobal.ts'
import { describeComponent } from './describeComponent.ts'
import { jsDocDefaults } from './jsDocDefaults.ts'
import { mockIbexLoaders } from './mockIbexLoaders.ts'
import { withLocale } from './withLocale.tsx'
import { withTheme } from './withTheme.tsx'

const preview = {
  // Every component gets a docs page built from its JSDoc and its props' JSDoc.
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Theme of the components (data-ibex-theme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the built-in strings (the locale prop)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
          { value: 'de', title: 'Deutsch', right: 'de' },
          { value: 'es', title: 'Español', right: 'es' },
          { value: 'it', title: 'Italiano', right: 'it' },
        ],
        dynamicTitle: true,
      },
    },
    authenticator: {
      description: 'Who answers passkey prompts: the software authenticator, or the browser',
      toolbar: {
        title: 'Authenticator',
        icon: 'lock',
        items: [
          { value: 'software', title: 'Software authenticator', right: 'no device needed' },
          { value: 'browser', title: "The browser's passkeys", right: 'real prompt' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', authenticator: 'software' },
  // withLocale sits inside withTheme: it rewrites the args the component receives.
  decorators: [withLocale, withTheme],
  // The session's mock IBEx is running before any story renders (browser: MSW worker).
  loaders: [...mockIbexLoaders],
  beforeEach: [applyAuthenticatorGlobal],
  argTypesEnhancers: [jsDocDefaults],
  parameters: {
    // The theme decorator paints the whole canvas.
    layout: 'fullscreen',
    a11y: { test: 'error' },
    // Props stay in source order, as their JSDoc presents them.
    controls: { expanded: true },
    options: { storySort: { order: ['Welcome', 'Components', 'Flows'] } },
    docs: { extractComponentDescription: describeComponent },
  },
} satisfies Preview

export default preview
