/**
 * A clip's poster frame, grabbed in the browser: the server keeps no video decoder, so the staff page
 * draws a frame from its own <video> onto a canvas and sends it beside the clip as a JPEG. The frame is
 * half a second in (the first is often black), or the middle of a shorter clip.
 */
export async function posterFrame(clip: Blob, maxWidth = 1280): Promise<Blob> {
  const url = URL.createObjectURL(clip);
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  try {
    await new Promise<void>((ready, fail) => {
      video.onloadeddata = () => ready();
      video.onerror = () => fail(new Error('unreadable clip'));
      video.src = url;
    });
    const at = Number.isFinite(video.duration) ? Math.min(0.5, video.duration / 2) : 0;
    if (at > 0) {
      await new Promise<void>((seeked) => {
        video.onseeked = () => seeked();
        video.currentTime = at;
      });
    }
    const scale = Math.min(1, maxWidth / (video.videoWidth || maxWidth));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round((video.videoWidth || 640) * scale));
    canvas.height = Math.max(1, Math.round((video.videoHeight || 360) * scale));
    canvas.getContext('2d')!.drawImage(video, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((done, fail) =>
      canvas.toBlob((b) => (b ? done(b) : fail(new Error('no frame'))), 'image/jpeg', 0.85),
    );
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}
