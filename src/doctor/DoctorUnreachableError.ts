/** The host did not answer at all: the doctor reports it in one line, with no table. */
export class DoctorUnreachableError extends Error {
  override name = 'DoctorUnreachableError'
}
