/**
 * Photos from the staff console: straight from the camera (`capture="environment"`), uploaded as
 * multipart to POST /api/staff/media, where they are re-encoded without EXIF. iPhone HEIC files are
 * converted to JPEG here when the browser can decode them (Safari can); otherwise they are refused
 * with words that say what to do (the server refuses HEIC too).
 */
import { LocalRefusal } from '../form/use-staff-form.ts';
import { uploadMedia } from '../staff-client.ts';

/** The form helper shows it in the staff's words (what to do with an iPhone photo). */
export class HeicRefusedError extends LocalRefusal {
  override name = 'HeicRefusedError';
  constructor() {
    super('healthRecord.staff.heicRefused');
  }
}

const isHeic = (f: File) => /^image\/hei[cf]/i.test(f.type) || /\.hei[cf]$/i.test(f.name);

export async function toUploadable(file: File): Promise<File> {
  if (!isHeic(file)) return file;
  try {
    const bitmap = await createImageBitmap(file);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/jpeg', 0.9));
    if (!blob) throw new Error('no JPEG');
    return new File([blob], file.name.replace(/\.hei[cf]$/i, '.jpg'), { type: 'image/jpeg' });
  } catch {
    throw new HeicRefusedError();
  }
}

export async function uploadPhoto(file: File, owner: { kind: string; id: string }, role: string, caption?: string) {
  const form = new FormData();
  form.set('ownerKind', owner.kind);
  form.set('ownerId', owner.id);
  form.set('role', role);
  if (caption) form.set('caption', caption);
  form.set('file', await toUploadable(file));
  return uploadMedia(form);
}
