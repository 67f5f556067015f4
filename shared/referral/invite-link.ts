/**
 * The invite link and its QR code's settings, one place for the app and the tests. The code travels
 * in the fragment (`/invite.html#<code>`), which browsers never send to a server on the GET, so it
 * stays out of access logs and Referer headers; the page reads it and asks the API itself.
 */
export const invitePath = (code: string) => `/invite.html#${code}`;
export const inviteUrl = (origin: string, code: string) => `${origin}${invitePath(code)}`;

/** qrcode's options for the link's QR (SVG, so it is sharp at any size and small). */
export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 240 } as const;
