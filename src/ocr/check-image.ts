/**
 * Guarding the OCR recogniser: an image is checked from its header and refused when it cannot be decoded or is big enough
 * to be a decoding bomb, then turned upright and scaled down before detection.
 */
import sharp from 'sharp';

/** An image the recogniser may be given, or why not; decoding bombs are refused before any pixel is read. */
export type ImageCheck =
  | { ok: true; width: number; height: number; orientation: number }
  | { ok: false; reason: 'too_large' | 'unreadable'; message: string };

/** Reads only the image header (format, size, EXIF orientation) and refuses what cannot be decoded or is bigger than `maxPixels`. */
export async function checkImage(image: Uint8Array, maxPixels: number): Promise<ImageCheck> {
  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(image, { limitInputPixels: false }).metadata();
  } catch (err) {
    return { ok: false, reason: 'unreadable', message: `无法识别的图片格式（${errorMessage(err)}）` };
  }
  const { width, height } = metadata;
  if (!width || !height) return { ok: false, reason: 'unreadable', message: '图片没有尺寸信息' };
  if (width * height > maxPixels) return { ok: false, reason: 'too_large', message: `图片 ${width}×${height} 像素，超过上限 ${maxPixels} 像素` };
  return { ok: true, width, height, orientation: metadata.orientation ?? 1 };
}

/**
 * The image as the recogniser should see it: upright (phone photos carry their
 * rotation in EXIF), and scaled down to at most `maxDetectPixels`, since the
 * detector runs at full resolution and its time and memory grow with the area.
 * Untouched when neither applies.
 */
export async function prepareImage(image: Uint8Array, check: { width: number; height: number; orientation: number }, maxDetectPixels: number): Promise<Uint8Array> {
  const area = check.width * check.height;
  if (check.orientation === 1 && area <= maxDetectPixels) return image;
  let pipeline = sharp(image).rotate();
  if (area > maxDetectPixels) {
    const scale = Math.sqrt(maxDetectPixels / area);
    // EXIF orientations 5–8 turn the image a quarter: width and height swap once upright.
    const [width, height] = check.orientation >= 5 ? [check.height, check.width] : [check.width, check.height];
    pipeline = pipeline.resize({ width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)), fit: 'fill' });
  }
  return pipeline.png().toBuffer();
}

/** The message of an error, or its string form. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
