// `npm run bench:bundle-wagmi`: proves that wagmi (an optional peer) is bundled only by apps that
// import `ibex-react/wagmi`: an app of everything `ibex-react` and `ibex-react/components` export
// must hold no wagmi code, an app of `ibex-react/wagmi` must.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureBundle, type BundleSize } from './measureBundle.ts'

/** Strings only wagmi's own code carries (its error base class: docs URL and version tag). */
export const WAGMI_MARKERS = ['wagmi.sh', '@wagmi/core@'] as const

/** The wagmi markers found in a bundle's code. */
export function wagmiMarkersIn(bundle: Pick<BundleSize, 'text'>): string[] {
  return WAGMI_MARKERS.filter((marker) => bundle.text.includes(marker))
}

/**
 * The wagmi isolation check: `ok` when only the `ibex-react/wagmi` app holds wagmi.
 *
 * @example
 * const { ok, entries } = await checkWagmiIsolation()
 */
export async function checkWagmiIsolation(): Promise<{
  ok: boolean
  entries: (BundleSize & { wagmiMarkers: string[] })[]
}> {
  const entries = await Promise.all(
    [
      [
        'ibex-react + ibex-react/components',
        "export * from 'ibex-react'\nexport * from 'ibex-react/components'\n",
      ],
      ['ibex-react/wagmi', "export * from 'ibex-react/wagmi'\n"],
    ].map(async ([name, source]) => {
      const bundle = await measureBundle(name as string, source as string)
      return { ...bundle, wagmiMarkers: wagmiMarkersIn(bundle) }
    }),
  )
  const [withoutWagmi, withWagmi] = entries
  return {
    ok: withoutWagmi?.wagmiMarkers.length === 0 && (withWagmi?.wagmiMarkers.length ?? 0) > 0,
    entries,
  }
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ok, entries } = await checkWagmiIsolation()
  for (const entry of entries) {
    const wagmi = entry.wagmiMarkers.length > 0 ? 'wagmi bundled' : 'no wagmi'
    console.log(
      `${entry.name.padEnd(36)} initial ${kB(entry.initialMinGz).padStart(9)}  lazy ${kB(entry.lazyMinGz).padStart(9)} (min+gz)  ${wagmi}`,
    )
  }
  console.log(ok ? 'ok: wagmi only in the ibex-react/wagmi app' : 'FAIL: wagmi isolation broken')
  process.exitCode = ok ? 0 : 1
}
