import { createElement } from 'react'
import { Button } from 'storybook/internal/components'
import { addons, types } from 'storybook/manager-api'
import { MOCK_IBEX_RESET_EVENT } from './mockIbexEvents.ts'

// A toolbar button, beside Theme / Locale / Authenticator: starts the mock IBEx over (no users,
// no passkeys, no codes, no faults) and remounts the flow stories signed out. createElement, not
// JSX: the manager bundle compiles JSX to the classic runtime, with no React in scope here.
addons.register('ibex-mock', (api) => {
  addons.add('ibex-mock/reset', {
    type: types.TOOL,
    title: 'Reset mock IBEx',
    match: ({ viewMode }) => viewMode === 'story' || viewMode === 'docs',
    render: () =>
      createElement(
        Button,
        {
          variant: 'ghost',
          padding: 'small',
          ariaLabel: 'Reset the mock IBEx: forget every user, passkey, email code and fault',
          onClick: () => api.emit(MOCK_IBEX_RESET_EVENT),
        },
        'Reset mock IBEx',
      ),
  })
})
