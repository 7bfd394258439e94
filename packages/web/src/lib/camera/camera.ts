import { err, ok, type Result } from '@crick/core';

/** Why the camera could not be opened, each with its own message and way on. */
export type CameraProblem = 'refused' | 'no-camera' | 'failed';

/**
 * Opens the front camera at a small size: the pose model works on a 192-pixel
 * face crop, so a bigger picture only costs time. Nothing is recorded or sent.
 */
export async function openFrontCamera(): Promise<Result<MediaStream, CameraProblem>> {
  if (!navigator.mediaDevices?.getUserMedia) return err('no-camera');
  try {
    return ok(
      await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 } },
      }),
    );
  } catch (e) {
    const name = e instanceof DOMException ? e.name : '';
    if (name === 'NotAllowedError' || name === 'SecurityError') return err('refused');
    if (name === 'NotFoundError' || name === 'OverconstrainedError') return err('no-camera');
    return err('failed');
  }
}

/** Whether the device has a camera at all, asked without a permission prompt. */
export async function hasCamera(): Promise<boolean> {
  if (!navigator.mediaDevices?.enumerateDevices) return false;
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.some((d) => d.kind === 'videoinput');
}

export function closeCamera(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
