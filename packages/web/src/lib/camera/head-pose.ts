import type { Config, Human } from '@vladmandic/human';
import { brightness, poorLightBelow } from './light.js';

/**
 * The head's angles in one frame, in degrees, signed as the core's motion code
 * reads them: positive = turned to the person's own left, tilted to the left
 * (left ear towards the left shoulder), looking up.
 */
export interface HeadAngles {
  turn: number;
  tilt: number;
  nod: number;
}

export type PoseReading =
  | { kind: 'face'; angles: HeadAngles }
  | { kind: 'no-face' }
  | { kind: 'two-faces' }
  | { kind: 'poor-light' };

export interface HeadPose {
  read(frame: HTMLVideoElement | HTMLCanvasElement): Promise<PoseReading>;
}

/** Where the build puts the models and the WASM files (vite.config.ts): Crick's own origin, never a CDN. */
export const cameraAssetsPath = '/camera/';

/**
 * Human's settings, the one home for them: the app and `bench/camera.bench.js` both
 * load these. Only the face detector and the face mesh (the mesh gives the head's
 * rotation); everything else Human can do is off, so no other model is fetched.
 */
export const headPoseSettings: Partial<Config> = {
  backend: 'wasm',
  wasmPath: cameraAssetsPath,
  // The WASM files come from our own origin: no "platform fetch" of tfjs's CDN.
  wasmPlatformFetch: false,
  modelBasePath: cameraAssetsPath,
  debug: false,
  warmup: 'none',
  // The detector (BlazeFace, 256 x 256) costs about four times the mesh on this machine
  // (npm run bench), so it runs only to find a face: once found, each frame's mesh moves
  // the face box for the next frame, however much the picture changes (255 is the
  // largest change Human measures, so it never counts as a new scene). A face the mesh
  // loses (confidence under minConfidence) brings the detector back on the next frame,
  // and it looks again every second anyway, to see a second face come into view.
  cacheSensitivity: 255,
  // Frames are shrunk to 320 pixels wide before the models see them: copying and
  // comparing a 640 x 480 frame took a third of a tracked frame's time, and the angles
  // read from a 320-wide frame match the full one's within a degree (the face crop is
  // resized to the mesh's 192 x 192 either way). Only a size: no filter runs.
  filter: { enabled: false, width: 320 },
  face: {
    enabled: true,
    detector: {
      modelPath: 'blazeface.json',
      rotation: false,
      maxDetected: 2,
      minConfidence: 0.5,
      return: false,
      skipFrames: 15,
      skipTime: 1000,
    },
    mesh: { enabled: true, modelPath: 'facemesh.json' },
    iris: { enabled: false },
    description: { enabled: false },
    emotion: { enabled: false },
    antispoof: { enabled: false },
    liveness: { enabled: false },
    attention: { enabled: false },
  } as Config['face'],
  body: { enabled: false },
  hand: { enabled: false },
  object: { enabled: false },
  gesture: { enabled: false },
  segmentation: { enabled: false },
};

const degrees = (radians: number) => (radians * 180) / Math.PI;

/**
 * Loads Human (its own chunk, fetched only when the measure screen asks) and its
 * two models. Human's yaw is positive when the head turns to the picture's left,
 * which on an unmirrored front camera is the person's right: so turn = -yaw. Its
 * roll is positive for a tilt to the person's left; its pitch is positive looking down.
 * `settings` other than the app's are for the benchmark (a detector on every frame).
 */
export async function loadHeadPose(settings: Partial<Config> = headPoseSettings): Promise<HeadPose> {
  const { Human: HumanClass } = await import('@vladmandic/human');
  const human: Human = new HumanClass(settings);
  await human.load();
  return {
    async read(frame) {
      if (brightness(frame) < poorLightBelow) return { kind: 'poor-light' };
      const result = await human.detect(frame);
      if (result.face.length > 1) return { kind: 'two-faces' };
      const angle = result.face[0]?.rotation?.angle;
      if (!angle) return { kind: 'no-face' };
      return {
        kind: 'face',
        angles: { turn: -degrees(angle.yaw), tilt: degrees(angle.roll), nod: -degrees(angle.pitch) },
      };
    },
  };
}
