/** A message as a sentence, ending with a full stop. */
export function withFullStop(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
