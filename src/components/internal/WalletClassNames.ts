/**
 * Class names for the parts of a wallet component, on top of the kit's own `ibex-<component>__<part>`
 * classes (every part also carries `data-part="<part>"`).
 *
 * @example
 * <TransferForm classNames={{ root: 'card', field: 'stack-2', submit: 'btn btn-primary' }} />
 */
export type WalletClassNames<part extends string> = Partial<Record<part, string>>

/**
 * The `className` of one part: the kit's class and the app's, joined.
 *
 * @example
 * <li className={partClass('ibex-balance-list', 'row', classNames)} data-part="row" />
 */
export function partClass<part extends string>(
  block: string,
  name: part,
  classNames: WalletClassNames<part> | undefined,
): string {
  const own = classNames?.[name]
  return own ? `${block}__${name} ${own}` : `${block}__${name}`
}
