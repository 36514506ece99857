import JSZip from 'jszip';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegExifBlock, readExif } from './exif';
import { nameAgrees, sniff, zipEntryNames } from './sniff';

const text = (s: string) => new TextEncoder().encode(s);
const zipOf = async (names: string[]) => {
  const zip = new JSZip();
  for (const name of names) zip.file(name, '<x/>');
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', comment: 'a comment' }));
};
const ftyp = (brand: string) => new Uint8Array([0, 0, 0, 24, ...text(`ftyp${brand}`), 0, 0, 0, 0]);

describe('sniff: a file is what its bytes say', () => {
  it('knows the photos, PDF and the two Office packages', async () => {
    const jpeg = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    expect(sniff(new Uint8Array(jpeg))).toEqual({ kind: 'image', format: 'jpeg' });
    expect(sniff(ftyp('heic'))).toEqual({ kind: 'image', format: 'heif' });
    expect(sniff(ftyp('avif'))).toEqual({ kind: 'image', format: 'heif' });
    expect(sniff(text('RIFF\0\0\0\0WEBPVP8 '))).toEqual({ kind: 'image', format: 'webp' });
    expect(sniff(text('%PDF-1.7\n'))).toEqual({ kind: 'pdf' });
    expect(sniff(await zipOf(['[Content_Types].xml', 'xl/workbook.xml']))).toEqual({ kind: 'xlsx' });
    expect(sniff(await zipOf(['[Content_Types].xml', 'word/document.xml']))).toEqual({ kind: 'docx' });
  });

  it('refuses macros, other zips, videos and text, whatever the name', async () => {
    expect(sniff(await zipOf(['[Content_Types].xml', 'xl/workbook.xml', 'xl/vbaProject.bin']))).toBe(
      'macros',
    );
    expect(sniff(await zipOf(['[Content_Types].xml', 'ppt/presentation.xml']))).toBe('notAllowed');
    expect(sniff(await zipOf(['payload.exe']))).toBe('notAllowed');
    expect(sniff(ftyp('mp42'))).toBe('notAllowed');
    expect(sniff(text('<svg onload="alert(1)"/>'))).toBe('notAllowed');
    expect(sniff(new Uint8Array())).toBe('empty');
    // A zip's signature with no directory behind it.
    expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('notAllowed');
  });

  it('reads a zip directory and gives up on a truncated one', async () => {
    const zip = await zipOf(['a.txt', '目录/b.xml']);
    expect(zipEntryNames(zip)).toEqual(['a.txt', '目录/', '目录/b.xml']);
    expect(zipEntryNames(zip.subarray(0, zip.byteLength - 30))).toBeNull();
  });

  it('refuses a name that claims another kind, and lets an unknown extension go by content', () => {
    expect(nameAgrees('现场.JPG', { kind: 'image', format: 'jpeg' })).toBe(true);
    expect(nameAgrees('现场.jpg', { kind: 'pdf' })).toBe(false);
    expect(nameAgrees('批复.pdf', { kind: 'image', format: 'png' })).toBe(false);
    expect(nameAgrees('台账.xls', { kind: 'xlsx' })).toBe(true);
    expect(nameAgrees('image', { kind: 'image', format: 'jpeg' })).toBe(true);
    expect(nameAgrees('constructor', { kind: 'pdf' })).toBe(true);
  });
});

describe('readExif: the capture time and whether there is a position', () => {
  it('reads both from a camera JPEG, also from the file’s first bytes as the browser does', async () => {
    const jpeg = new Uint8Array(
      await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
        .jpeg()
        .withExif({
          IFD2: { DateTimeOriginal: '2026:02:28 23:59:59' },
          IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 0/1 0/1' },
        })
        .toBuffer(),
    );
    expect(readExif(jpegExifBlock(jpeg))).toEqual({ takenAt: '2026-02-28 23:59:59', hasGps: true });
    expect(readExif((await sharp(jpeg).metadata()).exif)).toEqual({
      takenAt: '2026-02-28 23:59:59',
      hasGps: true,
    });
  });

  it('says nothing, without throwing, for no EXIF, garbage or an impossible date', async () => {
    expect(readExif(null)).toEqual({ takenAt: null, hasGps: false });
    expect(readExif(text('Exif\0\0MM\0*\xff\xff\xff\xff'))).toEqual({ takenAt: null, hasGps: false });
    expect(readExif(new Uint8Array(3))).toEqual({ takenAt: null, hasGps: false });
    expect(jpegExifBlock(text('not a jpeg'))).toBeNull();
    const feb30 = new Uint8Array(
      await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
        .jpeg()
        .withExif({ IFD2: { DateTimeOriginal: '2026:02:30 10:00:00' } })
        .toBuffer(),
    );
    expect(readExif(jpegExifBlock(feb30)).takenAt).toBeNull();
  });
});
