/**
 * What is left of a refused request body is read and thrown away before the refusal is sent. A client
 * still writing its body when the server answers and closes gets a connection reset instead of the 413
 * (@hono/node-server drains for only 500 ms, and cannot once the body stream has been opened, as
 * bodyLimit does to look at it). Bounded in bytes and time: a hostile body costs at most that, then it
 * is cut off as before.
 */
export const DRAIN_MAX_BYTES = 16 * 1024 * 1024;
export const DRAIN_MAX_MS = 5_000;

export async function drainRequestBody(
  request: Request,
  maxBytes = DRAIN_MAX_BYTES,
  maxMs = DRAIN_MAX_MS,
): Promise<void> {
  // A streamed body bodyLimit has been reading is locked to its reader: the adapter's own cut-off applies.
  const body = request.body;
  if (!body || body.locked) return;
  const reader = body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeUp = new Promise<'time'>((resolve) => {
    timer = setTimeout(() => resolve('time'), maxMs);
  });
  let read = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), timeUp]);
      if (next === 'time' || next.done) break;
      read += next.value.byteLength;
      if (read > maxBytes) break;
    }
  } catch {
    // The client went away: nothing left to answer.
  } finally {
    clearTimeout(timer);
    reader.releaseLock();
  }
}
