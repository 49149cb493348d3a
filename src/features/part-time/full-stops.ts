/** Messages on the part-time pages are whole sentences, each ending with a full stop. */
import { asSentences } from '../../domain/cct/validate';

export function withFullStops<Item extends { readonly message: string }>(
  items: readonly Item[],
): Item[] {
  return items.map((item) => ({ ...item, message: asSentences(item.message) }));
}
