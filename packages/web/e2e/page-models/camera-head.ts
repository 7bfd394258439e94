/**
 * A head turned or nodded in three dimensions, drawn from one frontal photo: the
 * face's depth comes from the face mesh the model found on the photo (468 points
 * with a depth each, in the photo's pixels), set into an ellipsoid for the rest of
 * the head (hair, forehead, ears). Each pixel is moved as a point on that surface
 * would move, nearer points hiding farther ones, so the nose passes over the cheek
 * and the far side of the face narrows as on a real head, where a photo wrapped on
 * a cylinder only squeezes it. The body below the chin stays still, as the neck turns.
 *
 * Runs in the browser (`page.evaluate`): it must use nothing from outside itself.
 */
export interface HeadPose3d {
  /** Degrees, positive to the person's own left (the face moves to the picture's right). */
  turn: number;
  /** Degrees, positive looking up. */
  nod: number;
}

export function renderHead(
  src: ImageData,
  mesh: [number, number, number][],
  triangles: number[],
  { turn, nod }: HeadPose3d,
): ImageData {
  const { width: W, height: H } = src;
  const at = (i: number): [number, number, number] => mesh[i] ?? [0, 0, 0];
  // The head round the face: about 1.65 face-widths across (hair), as deep as wide.
  const faceHalfWidth = (at(454)[0] - at(234)[0]) / 2;
  const [top, chin] = [at(10)[1], at(152)[1]];
  const cx = (at(454)[0] + at(234)[0]) / 2;
  const cy = top + 0.35 * (chin - top);
  const a = 1.65 * faceHalfWidth;
  const b = 0.9 * (chin - top);
  const c = 0.9 * a;
  const ellipsoid = (x: number, y: number) => 1 - ((x - cx) / a) ** 2 - ((y - cy) / b) ** 2;
  const inHead = (x: number, y: number) => ellipsoid(x, y) > 0 && y <= chin + 3;
  const shell = (x: number, y: number) => c * Math.sqrt(Math.max(0, ellipsoid(x, y)));

  // The face's outline on the mesh, in order round the face.
  const oval = [
    10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152, 148, 176,
    149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109,
  ];
  // The mesh's depth grows away from the camera; the surface's grows towards it. The
  // face is set on the ellipsoid where its outline meets it.
  const offset = oval.reduce((s, i) => s + shell(at(i)[0], at(i)[1]) + at(i)[2], 0) / oval.length;

  const depth = new Float32Array(W * H).fill(Number.NaN);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) if (inHead(x + 0.5, y + 0.5)) depth[y * W + x] = shell(x + 0.5, y + 0.5);
  // 1 where the depth is the mesh's: each triangle's depth, between its corners.
  const fromMesh = new Uint8Array(W * H);
  for (let t = 0; t + 2 < triangles.length; t += 3) {
    const [p, q, r] = [at(triangles[t] ?? 0), at(triangles[t + 1] ?? 0), at(triangles[t + 2] ?? 0)];
    const d = (q[1] - r[1]) * (p[0] - r[0]) + (r[0] - q[0]) * (p[1] - r[1]);
    if (Math.abs(d) < 1e-9) continue;
    const [x0, x1] = [
      Math.max(0, Math.floor(Math.min(p[0], q[0], r[0]))),
      Math.min(W - 1, Math.ceil(Math.max(p[0], q[0], r[0]))),
    ];
    const [y0, y1] = [
      Math.max(0, Math.floor(Math.min(p[1], q[1], r[1]))),
      Math.min(H - 1, Math.ceil(Math.max(p[1], q[1], r[1]))),
    ];
    for (let y = y0; y <= y1; y++)
      for (let x = x0; x <= x1; x++) {
        const [X, Y] = [x + 0.5, y + 0.5];
        const w1 = ((q[1] - r[1]) * (X - r[0]) + (r[0] - q[0]) * (Y - r[1])) / d;
        const w2 = ((r[1] - p[1]) * (X - r[0]) + (p[0] - r[0]) * (Y - r[1])) / d;
        const w3 = 1 - w1 - w2;
        if (w1 < 0 || w2 < 0 || w3 < 0) continue;
        depth[y * W + x] = offset - (w1 * p[2] + w2 * q[2] + w3 * r[2]);
        fromMesh[y * W + x] = 1;
      }
  }
  // Inside the outline but off the mesh (the open mouth): the depth of the mesh around it.
  const insideOval = (x: number, y: number) => {
    let inside = false;
    for (let i = 0, j = oval.length - 1; i < oval.length; j = i++) {
      const [xi, yi] = at(oval[i] ?? 0);
      const [xj, yj] = at(oval[j] ?? 0);
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  let holes: number[] = [];
  for (let y = 1; y < H - 1; y++)
    for (let x = 1; x < W - 1; x++)
      if (!fromMesh[y * W + x] && insideOval(x + 0.5, y + 0.5)) holes.push(y * W + x);
  for (let pass = 0; holes.length > 0 && pass < 60; pass++) {
    const filled = holes.filter((k) => [k - 1, k + 1, k - W, k + W].some((n) => fromMesh[n] === 1));
    for (const k of filled) {
      const around = [k - 1, k + 1, k - W, k + W].filter((n) => fromMesh[n] === 1);
      depth[k] = around.reduce((s, n) => s + (depth[n] ?? 0), 0) / around.length;
    }
    for (const k of filled) fromMesh[k] = 1;
    holes = holes.filter((k) => !fromMesh[k]);
  }

  // The head's place cleared, then every point of it moved: turned about the head's
  // upright axis, then nodded about its left-right one; samples a third of a pixel
  // apart, so a surface turned towards the camera (stretched) still covers its pixels.
  const out = new ImageData(new Uint8ClampedArray(src.data), W, H);
  const nearest = new Float32Array(W * H).fill(Number.NEGATIVE_INFINITY);
  const [ct, st] = [Math.cos((turn * Math.PI) / 180), Math.sin((turn * Math.PI) / 180)];
  const [cn, sn] = [Math.cos((nod * Math.PI) / 180), Math.sin((nod * Math.PI) / 180)];
  const step = 1 / 3;
  for (let sy = 0; sy < H; sy += step)
    for (let sx = 0; sx < W; sx += step) {
      const from = Math.floor(sy) * W + Math.floor(sx);
      const z = depth[from] ?? Number.NaN;
      if (Number.isNaN(z)) continue;
      const x1 = (sx - cx) * ct + z * st;
      const z1 = -(sx - cx) * st + z * ct;
      const y2 = (sy - cy) * cn - z1 * sn;
      const z2 = (sy - cy) * sn + z1 * cn;
      const [tx, ty] = [Math.round(cx + x1), Math.round(cy + y2)];
      if (tx < 0 || ty < 0 || tx >= W || ty >= H) continue;
      const to = ty * W + tx;
      if (z2 <= (nearest[to] ?? 0)) continue;
      nearest[to] = z2;
      for (let ch = 0; ch < 3; ch++) out.data[to * 4 + ch] = src.data[from * 4 + ch] ?? 0;
    }
  // Where the head moved away and nothing came: the nearest pixel drawn on the same row,
  // as hair or skin would go on there.
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const k = y * W + x;
      if (Number.isNaN(depth[k] ?? Number.NaN) || (nearest[k] ?? 0) > Number.NEGATIVE_INFINITY) continue;
      for (let d = 1; d < W; d++) {
        const m = [x - d, x + d].find(
          (xx) => xx >= 0 && xx < W && (nearest[y * W + xx] ?? 0) > Number.NEGATIVE_INFINITY,
        );
        if (m === undefined) continue;
        for (let ch = 0; ch < 3; ch++) out.data[k * 4 + ch] = out.data[(y * W + m) * 4 + ch] ?? 0;
        break;
      }
    }
  return out;
}
