import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createRef, type ComponentProps } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { Slot } from '../../../src/components/internal/Slot.tsx'

function Trigger({ asChild, ...props }: { asChild?: boolean } & ComponentProps<'button'>) {
  const Component = asChild ? Slot : 'button'
  return <Component type="button" data-state="idle" className="ibex-trigger" {...props} />
}

describe('given a Slot used through asChild', () => {
  it('should render the child element with our props merged in', () => {
    render(
      <Trigger asChild aria-label="Sign in">
        <a href="/sign-in" className="app-link" style={{ color: 'red' }}>
          Sign in
        </a>
      </Trigger>,
    )
    const link = screen.getByRole('link', { name: 'Sign in' })
    expect(link).toHaveAttribute('href', '/sign-in')
    expect(link).toHaveAttribute('data-state', 'idle')
    expect(link).toHaveClass('ibex-trigger', 'app-link')
    expect(link).toHaveStyle({ color: 'rgb(255, 0, 0)' })
  })

  it("should run the child's handler first, then ours", async () => {
    const user = userEvent.setup()
    const calls: string[] = []
    render(
      <Trigger asChild onClick={() => calls.push('ours')}>
        <a href="#top" onClick={() => calls.push('child')}>
          Go
        </a>
      </Trigger>,
    )
    await user.click(screen.getByRole('link'))
    expect(calls).toEqual(['child', 'ours'])
  })

  it("should skip our handler when the child's calls preventDefault", async () => {
    const user = userEvent.setup()
    const ours = vi.fn()
    render(
      <Trigger asChild onClick={ours}>
        <a href="#top" onClick={(event) => event.preventDefault()}>
          Go
        </a>
      </Trigger>,
    )
    await user.click(screen.getByRole('link'))
    expect(ours).not.toHaveBeenCalled()
  })

  it("should give the element to both our ref and the child's ref", () => {
    const ours = createRef<HTMLElement>()
    const childs = createRef<HTMLAnchorElement>()
    const { unmount } = render(
      <Slot ref={ours}>
        <a href="#top" ref={childs}>
          Go
        </a>
      </Slot>,
    )
    expect(ours.current).toBe(screen.getByRole('link'))
    expect(childs.current).toBe(ours.current)
    unmount()
    expect(ours.current).toBeNull()
    expect(childs.current).toBeNull()
  })

  it('should throw a clear error without a single element child', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Slot>text</Slot>)).toThrow(/exactly one React element/)
  })
})
