'use client'
import {
  cloneElement,
  isValidElement,
  type CSSProperties,
  type HTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react'
import { composeEventHandlers } from './composeEventHandlers.ts'
import { composeRefs } from './composeRefs.ts'
import { joinTokens } from './joinTokens.ts'

/** Props of {@link Slot}: the component's own props, merged into its single child. */
export interface SlotProps extends HTMLAttributes<HTMLElement> {
  /** Exactly one element; it is rendered instead of the component's default element. */
  children?: ReactNode
  /** The component's ref, composed with the child's own ref. */
  ref?: Ref<HTMLElement>
}

type AnyProps = Record<string, unknown>
type AnyHandler = (event: { defaultPrevented: boolean }) => void

function isHandler(key: string, value: unknown): value is AnyHandler {
  return /^on[A-Z]/.test(key) && typeof value === 'function'
}

function mergeSlotProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...slotProps, ...childProps }
  for (const key of Object.keys(childProps)) {
    const slotValue = slotProps[key]
    const childValue = childProps[key]
    if (isHandler(key, childValue) && isHandler(key, slotValue)) {
      // The child is the consumer's element: its handler runs first and can preventDefault ours.
      merged[key] = composeEventHandlers(childValue, slotValue)
    } else if (key === 'className' && slotValue && childValue) {
      merged[key] = joinTokens(String(slotValue), String(childValue))
    } else if (key === 'style' && slotValue && childValue) {
      merged[key] = { ...(slotValue as CSSProperties), ...(childValue as CSSProperties) }
    } else if (childValue === undefined && slotValue !== undefined) {
      merged[key] = slotValue
    }
  }
  return merged
}

/**
 * Renders its only child with the component's props merged in: the basis of `asChild`.
 * Handlers are composed (the child's first; ours is skipped if it called `preventDefault()`),
 * classes are joined, styles merged (the child's win), refs composed; other child props win.
 *
 * @example
 * function Button({ asChild, ...props }: { asChild?: boolean } & ComponentProps<'button'>) {
 *   const Component = asChild ? Slot : 'button'
 *   return <Component {...props} />
 * }
 * <Button asChild><a href="/sign-in">Sign in</a></Button>
 */
export function Slot({ children, ref, ...slotProps }: SlotProps): ReactNode {
  if (!isValidElement<AnyProps>(children)) {
    throw new Error(
      '`Slot` (used by `asChild`) expects exactly one React element as its child, e.g. <PasskeyButton asChild><a href="…">…</a></PasskeyButton>.',
    )
  }
  const { ref: childRef, ...childProps } = children.props
  const composedRef = composeRefs(ref, childRef as Ref<HTMLElement> | undefined)
  return cloneElement(children, { ...mergeSlotProps(slotProps, childProps), ref: composedRef })
}
