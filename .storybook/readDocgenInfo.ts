/** What the docgen plugin attaches to a component (`__docgenInfo`), as far as our docs read it. */
export interface DocgenInfo {
  /** The component's JSDoc, tags included (`@example`…). */
  description: string
  /** Each prop's JSDoc, tags included (`@default`…). */
  props: Record<string, { description?: string }>
}

function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function'
}

/**
 * The docgen info of a story's component, or empty values when there is none (in Vitest no
 * docgen plugin runs).
 *
 * @example
 * readDocgenInfo(PinPad).props.length?.description // 'Number of digits, from 4 to 8…\n@default 6'
 */
export function readDocgenInfo(component: unknown): DocgenInfo {
  const info: unknown = isObject(component) ? Reflect.get(component, '__docgenInfo') : undefined
  if (!isObject(info)) return { description: '', props: {} }
  const description: unknown = Reflect.get(info, 'description')
  const props: unknown = Reflect.get(info, 'props')
  return {
    description: typeof description === 'string' ? description : '',
    props: isObject(props) ? (props as DocgenInfo['props']) : {},
  }
}
