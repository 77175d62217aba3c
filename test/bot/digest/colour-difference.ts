/** CIE L*a*b* of an sRGB colour under D65, for measuring how different two chart colours look. */
export interface Lab {
  l: number;
  a: number;
  b: number;
}

/** `#rrggbb` → CIE L*a*b* (sRGB companding, D65 white), the standard conversion. */
export function hexToLab(hex: string): Lab {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => linear(parseInt(h, 16) / 255)) as [number, number, number];
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const [fx, fy, fz] = [x, y, z].map(labF) as [number, number, number];
  return { l: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

/** CIE76 ΔE*ab: the Euclidean distance in L*a*b* (about 2.3 is just noticeable). */
export function deltaE76(p: string, q: string): number {
  const a = hexToLab(p);
  const b = hexToLab(q);
  return Math.hypot(a.l - b.l, a.a - b.a, a.b - b.b);
}

function linear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function labF(t: number): number {
  const e = 216 / 24389;
  return t > e ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116;
}
