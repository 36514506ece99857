// The two things read from a photo's EXIF: when it was taken (kept) and whether it says where (removed).
// Pure, so the browser reads the capture time with the same code before it downscales a photo (the canvas
// drops EXIF) and sends it along.

export interface ExifFacts {
  /** 'YYYY-MM-DD HH:MM:SS' by the camera's clock, or null. */
  takenAt: string | null;
  hasGps: boolean;
}

const NONE: ExifFacts = { takenAt: null, hasGps: false };
const EXIF_IFD = 0x8769;
const GPS_IFD = 0x8825;
const DATE_TIME_ORIGINAL = 0x9003;
const DATE_TIME = 0x0132;

/** Reads a TIFF-structured EXIF block, with or without its "Exif\0\0" prefix; never throws. */
export function readExif(block: Uint8Array | null | undefined): ExifFacts {
  if (!block) return NONE;
  const tiff = block[0] === 0x45 && block[1] === 0x78 ? block.subarray(6) : block;
  if (tiff.byteLength < 8) return NONE;
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return NONE;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const u16 = (o: number) => (o + 2 <= tiff.byteLength ? view.getUint16(o, little) : -1);
  const u32 = (o: number) => (o + 4 <= tiff.byteLength ? view.getUint32(o, little) : -1);

  /** Tag → the entry's offset, for one IFD; an IFD outside the block reads as empty. */
  const entries = (ifd: number) => {
    const found = new Map<number, number>();
    const count = u16(ifd);
    if (ifd <= 0 || count < 0 || count > 1000) return found;
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      if (entry + 12 > tiff.byteLength) break;
      found.set(u16(entry), entry);
    }
    return found;
  };
  const text = (entry: number | undefined) => {
    if (entry === undefined) return null;
    const length = u32(entry + 4);
    const start = length > 4 ? u32(entry + 8) : entry + 8;
    if (length < 19 || start < 0 || start + 19 > tiff.byteLength) return null;
    return String.fromCharCode(...tiff.subarray(start, start + 19));
  };

  const ifd0 = entries(u32(4));
  const exifIfd = ifd0.has(EXIF_IFD) ? entries(u32((ifd0.get(EXIF_IFD) as number) + 8)) : new Map();
  const raw = text(exifIfd.get(DATE_TIME_ORIGINAL)) ?? text(ifd0.get(DATE_TIME));
  return { takenAt: exifTime(raw), hasGps: ifd0.has(GPS_IFD) };
}

/** EXIF's 'YYYY:MM:DD HH:MM:SS' as 'YYYY-MM-DD HH:MM:SS'; a blank or impossible value as null. */
export function exifTime(raw: string | null): string | null {
  const m = raw?.match(/^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/);
  if (!m) return null;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1).map(Number);
  const when = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (y < 1990 || when.getUTCMonth() !== mo - 1 || when.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
    return null;
  return `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}`;
}

/** A JPEG's EXIF block (APP1 "Exif"), from its first bytes; null when it has none. */
export function jpegExifBlock(bytes: Uint8Array): Uint8Array | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  for (let o = 2; o + 4 <= bytes.byteLength; ) {
    if (bytes[o] !== 0xff) return null;
    const marker = bytes[o + 1];
    const length = ((bytes[o + 2] ?? 0) << 8) | (bytes[o + 3] ?? 0);
    if (marker === 0xda || marker === 0xd9) return null;
    if (marker === 0xe1 && bytes[o + 4] === 0x45 && bytes[o + 5] === 0x78) {
      return bytes.subarray(o + 4, Math.min(bytes.byteLength, o + 2 + length));
    }
    o += 2 + length;
  }
  return null;
}
