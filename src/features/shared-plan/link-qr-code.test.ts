import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { linkQrCode } from './link-qr-code';

const LINK = `https://pathway.example/shared#v2.${'a'.repeat(600)}.1234abcd`;

/** Which modules the path paints, read back from its rectangles. */
function paintedModules(path: string): Set<string> {
  const painted = new Set<string>();
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(width); dx += 1) painted.add(`${Number(x) + dx},${y}`);
  }
  return painted;
}

describe('linkQrCode', () => {
  it('paints exactly the dark modules of the link’s QR code, with a quiet zone', () => {
    const code = linkQrCode(LINK);
    const { data } = encode(LINK, { ecc: 'L', border: 4 });
    expect(code?.size).toBe(data.length);
    const dark = new Set(
      data.flatMap((row, y) => row.flatMap((isDark, x) => (isDark ? [`${x},${y}`] : []))),
    );
    expect(paintedModules(code!.path)).toEqual(dark);
    // The quiet zone: nothing painted in the four modules round the edge.
    expect([...dark].some((module) => module.split(',').some((n) => Number(n) < 4))).toBe(false);
  });

  it('gives no code for a link too long for any QR code', () => {
    expect(linkQrCode(`https://pathway.example/shared#v2.${'a'.repeat(3000)}`)).toBeNull();
  });
});
