import { jpegExifBlock, readExif } from './exif';
import { PHOTO_MAX_SIDE } from './kinds';

/** Below this a photo goes as it is: the server re-encodes it anyway, and a phone saves little by shrinking. */
const SEND_AS_IS_BYTES = 1_500_000;

export interface Outgoing {
  body: Blob;
  name: string;
  /** The capture time read here, since the canvas drops EXIF; the server prefers the file's own. */
  takenAt: string | null;
}

/**
 * In the browser, before upload: a large photo is drawn smaller on a canvas and sent as JPEG, so that a
 * 12-megapixel phone photo costs a site's weak signal about 1 MB instead of 5. Anything this browser cannot
 * decode (an HEIC on Chrome, a PDF) goes as it is and the server decides.
 */
export async function downscaleForUpload(file: File): Promise<Outgoing> {
  const asIs: Outgoing = { body: file, name: file.name, takenAt: null };
  if (!file.type.startsWith('image/')) return asIs;
  const head = new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer());
  const takenAt = readExif(jpegExifBlock(head)).takenAt;
  if (file.size <= SEND_AS_IS_BYTES || typeof createImageBitmap !== 'function') return { ...asIs, takenAt };
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const body = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (!body || body.size >= file.size) return { ...asIs, takenAt };
    return { body, name: `${file.name.replace(/\.[^.]*$/, '')}.jpg`, takenAt };
  } catch {
    return { ...asIs, takenAt };
  }
}
