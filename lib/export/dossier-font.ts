import { readFile, stat } from 'node:fs/promises';
import PDFDocument from 'pdfkit';

/** A CJK font the dossier embeds: a file, and for a collection (.ttc) the PostScript name of the face. */
export interface DossierFont {
  path: string;
  face?: string;
}

// Where the usual packages put a Simplified Chinese font (Debian/Ubuntu fonts-noto-cjk, Fedora/Arch Noto,
// WenQuanYi, macOS, Windows). The Noto collection holds JP, KR, SC, TC and HK faces: SC is the one whose
// glyph shapes a mainland reader expects.
const NOTO_SC = 'NotoSansCJKsc-Regular';
export const COMMON_FONTS: readonly DossierFont[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: NOTO_SC },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', face: NOTO_SC },
  { path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', face: NOTO_SC },
  { path: '/usr/share/fonts/opentype/noto/NotoSansSC-Regular.otf' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', face: 'WenQuanYiMicroHei' },
  { path: '/System/Library/Fonts/PingFang.ttc', face: 'PingFangSC-Regular' },
  { path: 'C:\\Windows\\Fonts\\simhei.ttf' },
];

/**
 * The font to embed: DOSSIER_FONT (a path; DOSSIER_FONT_FACE names the face of a .ttc, else the Noto SC face)
 * when set, else the first common path that exists. When DOSSIER_FONT is set and missing, nothing else is
 * tried: an operator who names a font should learn that it is not there, not get another one.
 */
export async function findDossierFont(
  env: Record<string, string | undefined> = process.env,
  candidates: readonly DossierFont[] = COMMON_FONTS,
): Promise<DossierFont | null> {
  const configured = env.DOSSIER_FONT?.trim();
  if (configured) {
    const face = env.DOSSIER_FONT_FACE?.trim() || (/\.ttc$/i.test(configured) ? NOTO_SC : undefined);
    return (await isFile(configured)) ? { path: configured, ...(face ? { face } : {}) } : null;
  }
  for (const font of candidates) if (await isFile(font.path)) return font;
  return null;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

// A CJK collection is about 20 MB: read once per process and shared by every dossier (read-only, so no
// instance can hold a stale copy that matters; a replaced font file takes effect on restart).
const loaded = new Map<string, Promise<Buffer>>();

/** The font file's bytes; a failed read is forgotten so the next request tries again. */
export function fontBytes(font: DossierFont): Promise<Buffer> {
  let bytes = loaded.get(font.path);
  if (!bytes) {
    bytes = readFile(font.path);
    loaded.set(font.path, bytes);
    bytes.catch(() => loaded.delete(font.path));
  }
  return bytes;
}

/**
 * The font ready for the writer, or null when there is none or it does not open (a wrong DOSSIER_FONT_FACE, a
 * file that is not a font): checked before the response starts, so the request gets a clear 503 and not a
 * PDF cut off after its first byte.
 */
export async function loadDossierFont(
  env: Record<string, string | undefined> = process.env,
): Promise<{ bytes: Buffer; face: DossierFont['face'] } | null> {
  const font = await findDossierFont(env);
  if (!font) return null;
  try {
    const bytes = await fontBytes(font);
    new PDFDocument({ autoFirstPage: false }).registerFont('probe', bytes, font.face).font('probe');
    return { bytes, face: font.face };
  } catch {
    return null;
  }
}
