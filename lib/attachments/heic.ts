import type { SharpOptions } from 'sharp';

/**
 * An iPhone's HEIC photo as raw pixels for sharp. sharp's prebuilt libvips reads HEIF containers but has no
 * HEVC decoder (a patent matter), so the pixels come from libheif compiled to WebAssembly (heic-decode),
 * loaded only when such a photo arrives. The size is checked first, from the container, against the same
 * pixel limit sharp applies.
 */
export async function heicAsRaw(
  bytes: Uint8Array,
  size: { width?: number; height?: number },
  maxPixels: number,
): Promise<{ input: Buffer; options: SharpOptions }> {
  const { width = 0, height = 0 } = size;
  if (width <= 0 || height <= 0 || width * height > maxPixels) throw new Error('HEIC size out of bounds');
  const { default: decode } = await import('heic-decode');
  const image = await decode({ buffer: bytes });
  return {
    input: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength),
    options: { raw: { width: image.width, height: image.height, channels: 4 } },
  };
}
