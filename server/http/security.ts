import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context.ts';
import { AppError } from './errors.ts';

/** Only our own origin: scripts, styles, images (plus data:/blob: for photos), fetch, worker and manifest. */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Solid and Kobalte set style attributes at run time; no remote styles are allowed.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    mediaSrc: ["'self'", 'blob:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
  referrerPolicy: 'same-origin',
  crossOriginEmbedderPolicy: false,
});

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * JSON endpoints take only application/json: a cross-site form cannot send that type without a CORS
 * preflight, which this API never grants (Hono's csrf middleware checks forms only). Routes that
 * take uploads list their own types. A browser's Origin, when sent, must be our own.
 */
export const jsonOnly =
  (uploadPaths: RegExp[] = []): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (WRITE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin && origin !== new URL(c.req.url).origin && origin !== c.var.deps.publicUrl?.replace(/\/$/, '')) {
        throw new AppError('forbidden', 'Cross-site requests are not allowed.');
      }
      const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
      const upload = uploadPaths.some((p) => p.test(c.req.path)) && type === 'multipart/form-data';
      if (type !== 'application/json' && !upload) throw new AppError('unsupported_media_type');
    }
    await next();
  };
