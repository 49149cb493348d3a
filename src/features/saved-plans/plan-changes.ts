/** What the saved plans page says after a plan is copied or renamed, in a success banner. */
export type PlanChangeMessage = { readonly title: string; readonly heading: string };

export function copiedMessage(originalName: string, copyName: string): PlanChangeMessage {
  return { title: 'Plan copied', heading: `Copied ‘${originalName}’ as ‘${copyName}’.` };
}

export function renamedMessage(oldName: string, newName: string): PlanChangeMessage {
  return { title: 'Plan renamed', heading: `Renamed ‘${oldName}’ to ‘${newName}’.` };
}

/** A rename carried to the saved plans page in the navigation's state. */
export type RenamedState = { readonly renamed: { readonly from: string; readonly to: string } };

/** The rename in a navigation's state, if that is what it holds (state can be anything). */
export function renamedFrom(state: unknown): PlanChangeMessage | null {
  if (typeof state !== 'object' || state === null || !('renamed' in state)) return null;
  const { renamed } = state as { renamed: unknown };
  if (typeof renamed !== 'object' || renamed === null) return null;
  const { from, to } = renamed as { from?: unknown; to?: unknown };
  return typeof from === 'string' && typeof to === 'string' ? renamedMessage(from, to) : null;
}
