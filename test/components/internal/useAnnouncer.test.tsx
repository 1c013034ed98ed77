import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LiveRegion } from '../../../src/components/internal/LiveRegion.tsx'
import {
  useAnnouncer,
  type UseAnnouncerReturnType,
} from '../../../src/components/internal/useAnnouncer.ts'

function Announcing({ onReady }: { onReady: (announcer: UseAnnouncerReturnType) => void }) {
  const announcer = useAnnouncer()
  onReady(announcer)
  return <LiveRegion polite={announcer.polite} assertive={announcer.assertive} />
}

describe('given a LiveRegion', () => {
  it('should render a polite status and an assertive alert, both visually hidden even without styles.css', () => {
    render(<LiveRegion polite="3 of 6 digits entered" assertive="Incorrect PIN." />)
    const status = screen.getByRole('status')
    const alert = screen.getByRole('alert')
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(status).toHaveTextContent('3 of 6 digits entered')
    expect(alert).toHaveAttribute('aria-live', 'assertive')
    expect(alert).toHaveTextContent('Incorrect PIN.')
    for (const region of [status, alert]) {
      expect(region).toHaveClass('ibex-visually-hidden')
      expect(region).toHaveAttribute('aria-atomic', 'true')
      expect(region).toHaveStyle({
        position: 'absolute',
        width: '1px',
        height: '1px',
        overflow: 'hidden',
      })
    }
  })
})

describe('given a useAnnouncer', () => {
  it('should route messages by politeness, change the text for a repeat, and clear', () => {
    let announcer: UseAnnouncerReturnType | undefined
    render(<Announcing onReady={(value) => (announcer = value)} />)
    act(() => announcer?.announce('Waiting for your passkey…'))
    expect(screen.getByRole('status').textContent).toBe('Waiting for your passkey…')
    act(() => announcer?.announce('The passkey did not work.', 'assertive'))
    const first = screen.getByRole('alert').textContent
    act(() => announcer?.announce('The passkey did not work.', 'assertive'))
    const second = screen.getByRole('alert').textContent
    expect(first?.trim()).toBe('The passkey did not work.')
    expect(second?.trim()).toBe('The passkey did not work.')
    expect(second).not.toBe(first)
    act(() => announcer?.clear())
    expect(screen.getByRole('status').textContent).toBe('')
    expect(screen.getByRole('alert').textContent).toBe('')
  })
})
