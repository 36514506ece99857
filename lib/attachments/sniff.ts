// What a file is, from its bytes alone: the name and the browser's content type are the sender's word.

export type Sniffed =
  | { kind: 'image'; format: 'jpeg' | 'png' | 'webp' | 'heif' }
  | { kind: 'pdf' }
  | { kind: 'xlsx' }
  | { kind: 'docx' };

/** Why a file is refused, as the upload's message keys say it. */
export type RefusedFile = 'empty' | 'notAllowed' | 'macros' | 'mismatch';

const at = (bytes: Uint8Array, offset: number, signature: number[]) =>
  signature.every((b, i) => bytes[offset + i] === b);
const ascii = (bytes: Uint8Array, offset: number, text: string) =>
  at(
    bytes,
    offset,
    [...text].map((c) => c.charCodeAt(0)),
  );

/** ISO base media brands of HEIC/HEIF and AVIF photos (an iPhone's "高效" format among them). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

export function sniff(bytes: Uint8Array): Sniffed | RefusedFile {
  if (bytes.byteLength === 0) return 'empty';
  if (at(bytes, 0, [0xff, 0xd8, 0xff])) return { kind: 'image', format: 'jpeg' };
  if (at(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', format: 'png' };
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return { kind: 'image', format: 'webp' };
  if (ascii(bytes, 4, 'ftyp')) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    return HEIF_BRANDS.has(brand) ? { kind: 'image', format: 'heif' } : 'notAllowed';
  }
  if (ascii(bytes, 0, '%PDF-')) return { kind: 'pdf' };
  if (at(bytes, 0, [0x50, 0x4b, 0x03, 0x04])) return officeKind(zipEntryNames(bytes));
  return 'notAllowed';
}

/** An OOXML package is known by its main part; one with macros is refused whatever it is named. */
function officeKind(names: string[] | null): Sniffed | RefusedFile {
  if (!names?.includes('[Content_Types].xml')) return 'notAllowed';
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n))) return 'macros';
  if (names.includes('xl/workbook.xml')) return { kind: 'xlsx' };
  if (names.includes('word/document.xml')) return { kind: 'docx' };
  return 'notAllowed';
}

const u16 = (b: Uint8Array, o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number) => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

/** The entry names of a zip's central directory; null when there is none to read. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of at most 65,535.
  const floor = Math.max(0, bytes.byteLength - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= floor; i--) {
    if (at(bytes, i, [0x50, 0x4b, 0x05, 0x06])) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.byteLength || !at(bytes, offset, [0x50, 0x4b, 0x01, 0x02])) return null;
    const nameLength = u16(bytes, offset + 28);
    const extra = u16(bytes, offset + 30);
    const comment = u16(bytes, offset + 32);
    if (offset + 46 + nameLength > bytes.byteLength) return null;
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extra + comment;
  }
  return names;
}

/** What a file's extension claims it is, for the extensions uploads use. */
const CLAIMED: Record<string, Sniffed['kind']> = {
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  webp: 'image',
  heic: 'image',
  heif: 'image',
  pdf: 'pdf',
  xlsx: 'xlsx',
  docx: 'docx',
};

/**
 * A name that claims one kind over content of another (a "照片.jpg" that is a PDF or a web page) is refused
 * rather than renamed: it is a mistake or a disguise, and either way not what the person meant to send.
 */
export function nameAgrees(name: string, sniffed: Sniffed): boolean {
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const claimed = Object.hasOwn(CLAIMED, extension) ? CLAIMED[extension] : undefined;
  return claimed === undefined || claimed === sniffed.kind;
}
