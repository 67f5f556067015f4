/**
 * The staff console's door to the API: the app's typed client (web/sync/client.ts, Hono's `hc` over
 * the server's ApiType), so a renamed staff route or a wrong body fails `tsc` at the caller. Staff work
 * online: nothing here is queued or mirrored. `call()` rejects with ApiError carrying the server's code,
 * which the form helper (./form/use-staff-form.ts) turns into words in the staff's language.
 */
import { call, client } from '../sync/client.ts';

export { call };
export const staffApi = client.staff;
export const authApi = client.auth;

/** Multipart upload (photos) to POST /api/staff/media: the browser sets the boundary. */
export const uploadMedia = (form: FormData) => call(client.staff.media.$post({}, { init: { body: form } }));

/** A clip with its poster frame (multipart) to POST /api/staff/media/video. */
export const uploadVideo = (form: FormData) => call(client.staff.media.video.$post({}, { init: { body: form } }));
