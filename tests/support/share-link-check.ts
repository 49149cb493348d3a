/** The share link's check worked out by the tests themselves, to write links by hand. */

/** FNV-1a, written out again in the tests so a change to the link's check is caught. */
export function shareLinkCheck(text: string): string {
  let hash = 0x811c9dc5;
  for (const character of text) {
    hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
