import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { desc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentBlobs, attachments, milestones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { addAttachmentAction } from '@/lib/actions/attachment-add';
import { removeAttachmentAction } from '@/lib/actions/attachment-remove';
import { removeMilestoneAction } from '@/lib/actions/milestone-order';
import { loadViewer } from '@/lib/auth/viewer';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import { attachmentForDownload } from '@/lib/queries/attachments';
import { CAMERA_EXIF } from '@/lib/testing/camera-exif';
import { readExif } from './exif';
import { PHOTO_MAX_SIDE, THUMB_MAX_SIDE } from './kinds';
import { prepareUpload, UploadRefused } from './prepare';
import { attachmentStore } from './store';

// Issue 15, part 2: a site photo from the filing page. Its GPS position and camera details are gone once
// stored, its capture time stays; it is shown only to those who read the project; the refusals change nothing.

const h = actionHarness();
const PROJECT = '日盛达光伏玻璃生产线（二期）'; // liaison xu, cadre liu, leader zhang

/** A phone photo as a camera writes it: 3000×2000, with where, when and which phone. */
const cameraPhoto = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#4a7' } })
    .jpeg()
    .withExif(CAMERA_EXIF)
    .toBuffer()
    .then((b) => new Uint8Array(b));

const weekTarget = async () => ({
  on: 'week' as const,
  projectId: await h.projectId(PROJECT),
  weekStart: reportWeekOf(new Date()).start,
});

async function upload(username: string | null, bytes: Uint8Array, name = '现场.jpg') {
  const file = await prepareUpload(bytes, name, null);
  return h.run(addAttachmentAction, username, { target: await weekTarget(), clientKey: randomUUID(), file });
}

const refusal = (bytes: Uint8Array, name: string) =>
  prepareUpload(bytes, name, null).then(
    () => 'accepted',
    (err: unknown) => (err instanceof UploadRefused ? err.problem : String(err)),
  );

afterEach(() => {
  delete process.env.ATTACHMENT_PROJECT_QUOTA_MB;
});

describe('a site photo uploaded to the week’s filing', () => {
  it('is stored re-encoded, without GPS or camera details, with its capture time and a thumbnail', async () => {
    const original = await cameraPhoto();
    expect(readExif((await sharp(original).metadata()).exif)).toEqual({
      takenAt: '2026-11-30 09:41:07',
      hasGps: true,
    });

    const result = await upload('xu', original);
    expect(result).toMatchObject({ ok: true, data: { kind: 'photo', fileName: '现场.jpg' } });
    const id = result.ok ? result.data.id : '';

    const stored = await attachmentStore().get(h.db, id, 'file');
    if (!stored) throw new Error('no stored file');
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('jpeg');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(PHOTO_MAX_SIDE);
    expect(readExif(meta.exif)).toEqual({ takenAt: '2026-11-30 09:41:07', hasGps: false });
    const text = Buffer.from(stored).toString('latin1');
    expect(text).not.toContain('SitePhoneMaker');
    expect(text).not.toContain('Serial 12345');

    const thumb = await attachmentStore().get(h.db, id, 'thumb');
    const thumbMeta = await sharp(thumb ?? new Uint8Array()).metadata();
    expect(Math.max(thumbMeta.width ?? 0, thumbMeta.height ?? 0)).toBe(THUMB_MAX_SIDE);
    expect(thumbMeta.exif).toBeUndefined();

    const [row] = await h.db.select().from(attachments).where(eq(attachments.id, id));
    expect(row).toMatchObject({ target: 'week', takenAt: '2026-11-30 09:41:07', width: 2560, height: 1707 });
    const audit = await h.audit();
    expect(audit.map((a) => [a.action, a.entityId, a.projectId])).toContainEqual([
      'attachment.add',
      id,
      await h.projectId(PROJECT),
    ]);
  });

  it('is read by the zone, not by another zone (the download finds nothing)', async () => {
    const result = await upload('liu', await cameraPhoto());
    const id = result.ok ? result.data.id : '';
    const viewerOf = async (username: string) => {
      const ctx = await h.ctx(username);
      const viewer = ctx.session && (await loadViewer(h.db, ctx.session));
      if (!viewer) throw new Error(username);
      return viewer;
    };
    expect(await attachmentForDownload(h.db, await viewerOf('chakan'), id)).toMatchObject({ kind: 'photo' });
    expect(await attachmentForDownload(h.db, await viewerOf('gaoxin3'), id)).toBeNull();
    expect(await attachmentForDownload(h.db, await viewerOf('gaoxin'), id)).toBeNull();
  });

  it('is refused, changing nothing, for another zone’s official, an unassigned one and a signed-out request', async () => {
    const file = await prepareUpload(await cameraPhoto(), 'a.jpg', null);
    const input = { target: await weekTarget(), clientKey: randomUUID(), file };
    await h.expectRefused(addAttachmentAction, 'gaoxin3', input, 'not_found');
    await h.expectRefused(addAttachmentAction, 'ma', input, 'forbidden');
    await h.expectRefused(addAttachmentAction, null, input, 'unauthenticated');
  });

  it('is refused past the project’s quota, changing nothing', async () => {
    process.env.ATTACHMENT_PROJECT_QUOTA_MB = '0.001';
    const file = await prepareUpload(await cameraPhoto(), 'a.jpg', null);
    const refused = await h.expectRefused(
      addAttachmentAction,
      'xu',
      { target: await weekTarget(), clientKey: randomUUID(), file },
      'invalid',
    );
    expect(refused).toMatchObject({ message: expect.stringContaining('容量上限') });
  });

  it('is removed with its bytes by its uploader, not by the project’s other officials', async () => {
    const result = await upload('xu', await cameraPhoto());
    const attachmentId = result.ok ? result.data.id : '';
    await h.expectRefused(removeAttachmentAction, 'zhang', { attachmentId }, 'forbidden');
    expect(await h.run(removeAttachmentAction, 'xu', { attachmentId })).toMatchObject({ ok: true });
    expect(await h.db.select().from(attachments).where(eq(attachments.id, attachmentId))).toEqual([]);
    expect(
      await h.db.select().from(attachmentBlobs).where(eq(attachmentBlobs.attachmentId, attachmentId)),
    ).toEqual([]);
  });
});

describe('an upload kept safe', () => {
  it('is stored once when the phone sends it again after losing the answer (same key)', async () => {
    const file = await prepareUpload(await cameraPhoto(), 'a.jpg', null);
    const input = { target: await weekTarget(), clientKey: randomUUID(), file };
    const first = await h.run(addAttachmentAction, 'xu', input);
    const again = await h.run(addAttachmentAction, 'xu', input);
    expect(again).toEqual(first);
    expect(await h.db.select({ id: attachments.id }).from(attachments)).toHaveLength(1);
  });

  it('stays with the project when its milestone is removed: moved to the week it was uploaded in', async () => {
    const projectId = await h.projectId(PROJECT);
    const [last] = await h.db
      .select()
      .from(milestones)
      .where(eq(milestones.projectId, projectId))
      .orderBy(desc(milestones.sortOrder))
      .limit(1);
    if (!last) throw new Error('no milestone');
    const file = await prepareUpload(await cameraPhoto(), 'a.jpg', null);
    const target = { on: 'milestone', milestoneId: last.id };
    expect(
      await h.run(addAttachmentAction, 'duban', { target, clientKey: randomUUID(), file }),
    ).toMatchObject({
      ok: true,
    });
    const removed = await h.run(removeMilestoneAction, 'duban', {
      milestoneId: last.id,
      version: last.version,
    });
    expect(removed).toMatchObject({ ok: true });
    const rows = await h.db.select().from(attachments);
    expect(rows.map((r) => [r.target, r.milestoneId, r.weekStart])).toEqual([
      ['week', null, reportWeekOf(new Date()).start],
    ]);
  });
});

describe('what an upload is, by its content', () => {
  const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');
  const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');

  it('refuses a .jpg that is a PDF or a web page, and anything that is not an allowed kind', async () => {
    expect(await refusal(pdf, '现场.jpg')).toBe('mismatch');
    expect(await refusal(html, '现场.jpg')).toBe('notAllowed');
    expect(await refusal(html, 'page.html')).toBe('notAllowed');
    expect(await refusal(new Uint8Array(), 'x.jpg')).toBe('empty');
    // A JPEG's signature and then nothing a decoder can read.
    expect(await refusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'x.jpg')).toBe('unreadableImage');
  });

  it('keeps a PDF as it is, under its own extension, with no thumbnail', async () => {
    const file = await prepareUpload(pdf, '批复文件', null);
    expect(file).toMatchObject({ kind: 'pdf', fileName: '批复文件.pdf', thumb: null });
    expect(file.bytes).toEqual(pdf);
  });

  it('turns an iPhone’s HEIC (HEVC) into a JPEG, keeping its capture time and dropping its position', async () => {
    // Made with libheif's heif-enc from a 640×480 JPEG with a capture time and a GPS position.
    const heic = new Uint8Array(readFileSync(new URL('./fixtures/site-photo.heic', import.meta.url)));
    expect(readExif((await sharp(heic).metadata()).exif)).toEqual({
      takenAt: '2026-11-30 09:41:07',
      hasGps: true,
    });
    const file = await prepareUpload(heic, 'IMG_0042.HEIC', null);
    expect(file).toMatchObject({ kind: 'photo', fileName: 'IMG_0042.jpg', width: 640, height: 480 });
    const meta = await sharp(file.bytes).metadata();
    expect(meta.format).toBe('jpeg');
    expect(readExif(meta.exif)).toEqual({ takenAt: '2026-11-30 09:41:07', hasGps: false });
  });

  it('re-encodes a PNG as JPEG, and takes the browser’s capture time when the file has none', async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 50, height: 40, channels: 4, background: '#0000' } })
        .png()
        .toBuffer(),
    );
    const file = await prepareUpload(png, 'shot.png', '2026-11-29 08:00:00');
    expect(file).toMatchObject({ kind: 'photo', fileName: 'shot.jpg', width: 50, height: 40 });
    expect(readExif((await sharp(file.bytes).metadata()).exif).takenAt).toBe('2026-11-29 08:00:00');
  });
});
