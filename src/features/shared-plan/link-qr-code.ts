/**
 * A QR code of a plan's link, made on this device with uqr. This module is imported only when someone
 * asks for the code ("Show a QR code"), so uqr is in its own chunk and never in the first download.
 */
import { encode } from 'uqr';

export type LinkQrCode = {
  /** Modules across (and down), with the quiet zone of four modules that scanners need. */
  readonly size: number;
  /** An SVG path drawing every dark module, one unit per module. */
  readonly path: string;
};

/** The QR code for this link, or null when the link is too long for any QR code. */
export function linkQrCode(link: string): LinkQrCode | null {
  let data: boolean[][];
  try {
    // Low error correction keeps the code as small as it can be; a screen is not a worn label.
    data = encode(link, { ecc: 'L', border: 4 }).data;
  } catch {
    return null;
  }
  let path = '';
  data.forEach((row, y) => {
    // One rectangle per run of dark modules in a row, so the path stays short.
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      path += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  });
  return { size: data.length, path };
}
