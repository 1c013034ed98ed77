import type { DoctorReport } from './DoctorReport.ts'

/**
 * The doctor's table for a terminal: one row per check (status, id, what it confirms), the
 * detail under it, the profile to paste when one was discovered, and `N passed, N failed`.
 *
 * @example
 * process.stdout.write(formatDoctorReport(report))
 */
export function formatDoctorReport(report: DoctorReport): string {
  const width = Math.max(...report.checks.map((check) => check.id.length))
  const lines = [
    `ibex-doctor ${report.baseUrl} from ${report.origin}${report.rpId ? ` (rpId ${report.rpId})` : ''}`,
    '',
  ]
  for (const check of report.checks) {
    lines.push(`  ${check.status.padEnd(4)}  ${check.id.padEnd(width)}  ${check.confirms}`)
    lines.push(`  ${' '.repeat(4)}  ${' '.repeat(width)}  ${check.detail}`)
  }
  if (report.protocol) {
    lines.push(
      '',
      'Protocol profile this server accepted (pass it as createIbexClient({ protocol }) or save it for ibex-mock --protocol):',
      JSON.stringify(report.protocol, null, 2),
    )
  }
  lines.push('', `${report.passed} passed, ${report.failed} failed`, '')
  return lines.join('\n')
}
