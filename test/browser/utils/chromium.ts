import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']

/** Path of the Debian Chromium, or undefined when it is not installed. */
export const chromiumPath: string | undefined = candidates.find(
  (path): path is string => !!path && existsSync(path),
)

if (!chromiumPath) {
  // One clear line in the test output: these journeys need `apt-get install -y chromium`.
  console.log(
    '[browser tests] Chromium not found (apt-get install -y chromium): real-browser tests did not run.',
  )
}

/**
 * Launches the system Chromium headless with the flags this machine needs (no sandbox as root,
 * no background network: the machine has none). Never downloads a browser.
 */
export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium is not installed')
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  })
}
