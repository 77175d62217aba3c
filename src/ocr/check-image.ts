import sharp from 'sharp';

/** An image the recogniser may be given, or why not; decoding bombs are refused before any pixel is read. */
export type ImageCheck = { ok: true; width: number; height: number } | { ok: false; reason: 'too_large' | 'unreadable'; message: string };

/** Reads only the image header (format, size) and refuses what cannot be decoded or is bigger than `maxPixels`. */
export async function checkImage(image: Uint8Array, maxPixels: number): Promise<ImageCheck> {
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = await sharp(image, { limitInputPixels: false }).metadata());
  } catch (err) {
    return { ok: false, reason: 'unreadable', message: `无法识别的图片格式（${errorMessage(err)}）` };
  }
  if (!width || !height) return { ok: false, reason: 'unreadable', message: '图片没有尺寸信息' };
  if (width * height > maxPixels) return { ok: false, reason: 'too_large', message: `图片 ${width}×${height} 像素，超过上限 ${maxPixels} 像素` };
  return { ok: true, width, height };
}

/** The message of an error, or its string form. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
