import sharp from 'sharp';
import { readExif } from './exif';
import { heicAsRaw } from './heic';
import {
  ATTACHMENT_MAX_BYTES,
  type AttachmentKind,
  EXTENSIONS,
  PHOTO_MAX_SIDE,
  THUMB_MAX_SIDE,
} from './kinds';
import { nameAgrees, type RefusedFile, sniff } from './sniff';

/** A file as it will be stored: photos re-encoded with a thumbnail, documents as sent. */
export interface PreparedFile {
  kind: AttachmentKind;
  fileName: string;
  bytes: Uint8Array;
  thumb: Uint8Array | null;
  width: number | null;
  height: number | null;
  takenAt: string | null;
}

export type UploadProblem = RefusedFile | 'tooLarge' | 'unreadableImage' | 'heicUnsupported';

export class UploadRefused extends Error {
  constructor(readonly problem: UploadProblem) {
    super(problem);
  }
}

/** A 108-megapixel phone camera's photo is the largest a site photo comes as; more is a decompression bomb. */
const MAX_INPUT_PIXELS = 120_000_000;
/** Photos decoded at once per process: each takes a core and up to a few hundred MB while it lasts. */
const DECODING_SLOTS = 2;
let decoding = 0;
const waiting: (() => void)[] = [];

/** Runs `work` when a decoding slot is free; a finished one hands its slot straight to the next in line. */
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (decoding >= DECODING_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else decoding++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else decoding--;
  }
}

/**
 * Checks an upload by its content and makes what is stored of it. A photo is decoded and encoded again as
 * JPEG, turned upright, at most PHOTO_MAX_SIDE on its longer side, with no metadata but its capture time:
 * the GPS position, the phone's make and serial, any embedded thumbnail are gone. Anything that does not
 * decode is refused, so what is served as an image is one.
 */
export async function prepareUpload(
  bytes: Uint8Array,
  name: string,
  clientTakenAt: string | null,
): Promise<PreparedFile> {
  if (bytes.byteLength > ATTACHMENT_MAX_BYTES) throw new UploadRefused('tooLarge');
  const sniffed = sniff(bytes);
  if (typeof sniffed === 'string') throw new UploadRefused(sniffed);
  if (!nameAgrees(name, sniffed)) throw new UploadRefused('mismatch');
  if (sniffed.kind !== 'image') {
    const kind = sniffed.kind;
    return {
      kind,
      fileName: cleanName(name, kind),
      bytes,
      thumb: null,
      width: null,
      height: null,
      takenAt: null,
    };
  }
  return inTurn(() => preparePhoto(bytes, name, clientTakenAt, sniffed.format));
}

async function preparePhoto(
  bytes: Uint8Array,
  name: string,
  clientTakenAt: string | null,
  format: 'jpeg' | 'png' | 'webp' | 'heif',
): Promise<PreparedFile> {
  try {
    const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' } as const;
    const meta = await sharp(bytes, options).metadata();
    const takenAt = readExif(meta.exif).takenAt ?? clientTakenAt;
    const raw = meta.compression === 'hevc' ? await heicAsRaw(bytes, meta, MAX_INPUT_PIXELS) : null;
    const input = raw ? sharp(raw.input, { ...options, ...raw.options }) : sharp(bytes, options);
    const photo = input
      .rotate()
      .resize(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true });
    if (takenAt) photo.withExif({ IFD2: { DateTimeOriginal: takenAt.replaceAll('-', ':') } });
    const { data, info } = await photo.toBuffer({ resolveWithObject: true });
    const thumb = await sharp(data)
      .resize(THUMB_MAX_SIDE, THUMB_MAX_SIDE, { fit: 'inside' })
      .jpeg({ quality: 70, mozjpeg: true })
      .toBuffer();
    return {
      kind: 'photo',
      fileName: cleanName(name, 'photo'),
      bytes: new Uint8Array(data),
      thumb: new Uint8Array(thumb),
      width: info.width,
      height: info.height,
      takenAt,
    };
  } catch {
    // Whatever does not decode is refused; a HEIC with a message of its own (its way out: "兼容性最佳").
    throw new UploadRefused(format === 'heif' ? 'heicUnsupported' : 'unreadableImage');
  }
}

/**
 * The name shown and offered on download: no folders, no control or path characters, at most 120
 * characters, and the extension of what it really is (a photo is a .jpg once re-encoded).
 */
export function cleanName(name: string, kind: AttachmentKind): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/\.[^.]{0,10}$/, '')
    .trim()
    .slice(0, 120);
  return `${base || 'file'}.${EXTENSIONS[kind]}`;
}
