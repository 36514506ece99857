// What an attachment may hang on and what it may be: shared by the schema, the validation and the pages.

export const ATTACHMENT_TARGETS = ['week', 'milestone', 'blocker'] as const;
export type AttachmentTarget = (typeof ATTACHMENT_TARGETS)[number];

/** A photo is always stored as a re-encoded JPEG; the files are kept as sent, after their content is checked. */
export const ATTACHMENT_KINDS = ['photo', 'pdf', 'xlsx', 'docx'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const CONTENT_TYPES: Record<AttachmentKind, string> = {
  photo: 'image/jpeg',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const EXTENSIONS: Record<AttachmentKind, string> = {
  photo: 'jpg',
  pdf: 'pdf',
  xlsx: 'xlsx',
  docx: 'docx',
};

/** An upload as sent: anything larger is refused before it is read. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** A photo's longer side once stored: enough to read a site sign, a tenth of a phone camera's bytes. */
export const PHOTO_MAX_SIDE = 2560;
export const THUMB_MAX_SIDE = 400;
/** Per object (one week's filing, one milestone, one blocker). */
export const ATTACHMENTS_PER_TARGET = 30;
