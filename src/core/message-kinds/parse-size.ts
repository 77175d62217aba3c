/** Units a policy size may use, in bytes (binary: 1KB = 1024 B, as phones and file managers show). */
const UNIT_BYTES = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 } as const;

/** The shape of a policy size: a number and a unit (`500KB`, `10MB`, `1.5MB`), case-insensitive. */
const SIZE_PATTERN = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)$/i;

/** Parses `500KB`, `10MB` into bytes (rounded down); null when the text is not a size. */
export function parseSize(text: string): number | null {
  const match = SIZE_PATTERN.exec(text.trim());
  if (!match) return null;
  return Math.floor(Number(match[1]) * UNIT_BYTES[match[2]!.toLowerCase() as keyof typeof UNIT_BYTES]);
}
