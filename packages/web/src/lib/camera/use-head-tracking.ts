import { useEffect, useRef, useState } from 'preact/hooks';
import type { HeadAngles, HeadPose, PoseReading } from './head-pose.js';

/**
 * Reads the head's angles from the video, one frame after another (the next read
 * starts when the last one ends, so a slow phone drops frames instead of queueing
 * them). `onAngles` gets each face's angles with the time in milliseconds.
 */
export function useHeadTracking(
  video: HTMLVideoElement | null,
  pose: HeadPose | null,
  onAngles: (t: number, angles: HeadAngles) => void,
): PoseReading | null {
  const [reading, setReading] = useState<PoseReading | null>(null);
  const callback = useRef(onAngles);
  callback.current = onAngles;
  useEffect(() => {
    if (!video || !pose) return;
    let stopped = false;
    const loop = async () => {
      while (!stopped) {
        if (video.readyState < 2) {
          await new Promise((r) => requestAnimationFrame(r));
          continue;
        }
        const r = await pose.read(video);
        if (stopped) return;
        setReading(r);
        if (r.kind === 'face') callback.current(performance.now(), r.angles);
        // Yield to the page between frames, so taps and the screen reader stay quick.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
    void loop();
    return () => {
      stopped = true;
    };
  }, [video, pose]);
  return reading;
}

/** What to tell the person when the frame gives no angle, and what to do about it. */
export const readingAdvice: Record<Exclude<PoseReading['kind'], 'face'>, string> = {
  'no-face': 'Your face is not in view: hold the phone at arm’s length, straight in front of you.',
  'two-faces': 'Two faces are in view: make sure only you are in the picture.',
  'poor-light': 'It is too dark to see your face: face a window or a lamp.',
};
