import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDossierFont, loadDossierFont } from './dossier-font';

const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

// Which font the dossier embeds, and that a missing or wrong one is "none" (the route's 503), not a crash.

describe('the dossier font', () => {
  it('is the one DOSSIER_FONT names, and nothing else when that file is missing', async () => {
    const env = { DOSSIER_FONT: '/nonexistent/font.ttc' };
    expect(await findDossierFont(env)).toBeNull();
    expect(await loadDossierFont(env)).toBeNull();
  });

  it('takes the Noto SC face of a collection unless DOSSIER_FONT_FACE names another', async () => {
    const file = import.meta.filename; // any existing file stands in for a font here
    expect(await findDossierFont({ DOSSIER_FONT: `${file}.ttc` })).toBeNull();
    expect(await findDossierFont({ DOSSIER_FONT: file })).toEqual({ path: file });
    expect(await findDossierFont({ DOSSIER_FONT: file, DOSSIER_FONT_FACE: 'X' })).toEqual({
      path: file,
      face: 'X',
    });
  });

  it('is none when no common path exists, or when the file is not a font', async () => {
    expect(await findDossierFont({}, [{ path: '/nonexistent/a.ttf' }])).toBeNull();
    expect(await loadDossierFont({ DOSSIER_FONT: import.meta.filename })).toBeNull();
  });

  it.runIf(existsSync(NOTO))(
    'opens the installed Noto collection, and refuses a face it does not hold',
    async () => {
      expect((await loadDossierFont({ DOSSIER_FONT: NOTO }))?.face).toBe('NotoSansCJKsc-Regular');
      expect(await loadDossierFont({ DOSSIER_FONT: NOTO, DOSSIER_FONT_FACE: 'NoSuchFace' })).toBeNull();
    },
  );
});
