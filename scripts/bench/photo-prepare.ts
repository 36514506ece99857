// npm run bench:photos — what the server spends on one site photo (lib/attachments/prepare.ts): a phone's
// 12-megapixel JPEG as the camera wrote it (what a desktop upload sends), the same after the browser's
// downscale (what a phone sends), and an iPhone HEIC through the WebAssembly decoder; then four at once,
// which the decoding slots take two at a time. Prints figures; never fails on a time.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { prepareUpload } from '@/lib/attachments/prepare';
import { CAMERA_EXIF } from '@/lib/testing/camera-exif';

/** A photo of noise, so it stays as large as a real one once compressed. */
async function noisePhoto(width: number, height: number): Promise<Uint8Array> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24;
  const jpeg = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .withExif(CAMERA_EXIF)
    .toBuffer();
  return new Uint8Array(jpeg);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function once(label: string, bytes: Uint8Array, name: string) {
  const started = performance.now();
  const file = await prepareUpload(bytes, name, null);
  const ms = performance.now() - started;
  console.log(
    `${label.padEnd(34)} ${mb(bytes.byteLength).padStart(9)} → ${mb(file.bytes.byteLength).padStart(8)} ` +
      `(${file.width}×${file.height}), thumb ${((file.thumb?.byteLength ?? 0) / 1024).toFixed(0)} KB, ` +
      `${ms.toFixed(0)} ms`,
  );
}

const camera = await noisePhoto(4000, 3000);
const phone = await noisePhoto(2560, 1920);
const heic = new Uint8Array(readFileSync('lib/attachments/fixtures/site-photo.heic'));
await once('warm-up', phone, 'warm.jpg');
await once('camera JPEG 4000×3000', camera, 'camera.jpg');
await once('browser-downscaled JPEG 2560×1920', phone, 'phone.jpg');
await once('iPhone HEIC 640×480 (WebAssembly)', heic, 'IMG.HEIC');

const started = performance.now();
await Promise.all([1, 2, 3, 4].map((i) => prepareUpload(camera, `c${i}.jpg`, null)));
console.log(`four camera JPEGs at once: ${(performance.now() - started).toFixed(0)} ms in all`);
console.log(`peak resident memory: ${mb(process.resourceUsage().maxRSS * 1024)}`);
