/** What a phone camera writes into a site photo: which phone, when, and where (a spot in 上党). */
export const CAMERA_EXIF = {
  IFD0: { Make: 'SitePhoneMaker', Model: 'SP-9 Serial 12345' },
  IFD2: { DateTimeOriginal: '2026:11:30 09:41:07' },
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '36/1 11/1 0/1',
    GPSLongitudeRef: 'E',
    GPSLongitude: '113/1 6/1 0/1',
  },
};
/** CAMERA_EXIF's capture time as the app reads it. */
export const CAMERA_TAKEN_AT = '2026-11-30 09:41:07';
