import type { ReactNode } from 'react';

export type TagColour =
  | 'white'
  | 'grey'
  | 'green'
  | 'aqua-green'
  | 'blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

/** A short status label. Colour is never the only signal: the words carry the meaning. */
export function Tag({
  colour,
  children,
}: {
  readonly colour?: TagColour;
  readonly children: ReactNode;
}) {
  return (
    <strong className={`nhsuk-tag${colour ? ` nhsuk-tag--${colour}` : ''}`}>{children}</strong>
  );
}
