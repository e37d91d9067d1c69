import type { EventIndex } from './eventIndex.ts';

/**
 * Scratch arrays per index, reused from frame to frame: allocating megabytes for every frame of a zoom at 100,000
 * events made the garbage collector a large share of the frame time. Nothing returned points into them.
 */
const workspaces = new WeakMap<EventIndex, { found: Uint32Array; x0s: Float64Array; x1s: Float64Array; cxs: Float64Array; isSpan: Uint8Array }>();

export function workspaceOf(index: EventIndex) {
  let workspace = workspaces.get(index);
  if (!workspace) {
    const n = index.count;
    workspace = { found: new Uint32Array(n), x0s: new Float64Array(n), x1s: new Float64Array(n), cxs: new Float64Array(n), isSpan: new Uint8Array(n) };
    workspaces.set(index, workspace);
  }
  return workspace;
}

/**
 * Cuts each track's covered columns into pieces: a piece ends where the coverage does and at every time-aligned bin
 * boundary (`binAt(column)`). A piece is dense when more marks overlap in one of its columns than the track has lanes
 * left; its events become one cluster. `of` maps a track's column to its piece, or -1.
 */
export function cutIntoPieces(cover: Int32Array, cols: number, capacity: readonly number[], binAt: (c: number) => number) {
  const of = new Int32Array(capacity.length * cols).fill(-1);
  const [track, from, to, dense]: [number[], number[], number[], boolean[]] = [[], [], [], []];
  for (let t = 0; t < capacity.length; t++) {
    let depth = 0;
    let current = -1;
    let bin = NaN;
    for (let c = 0; c < cols; c++) {
      depth += cover[t * (cols + 1) + c]!;
      if (depth <= 0) {
        current = -1;
        continue;
      }
      const here = binAt(c);
      if (current < 0 || here !== bin) {
        current = track.length;
        bin = here;
        track.push(t);
        from.push(c);
        to.push(c);
        dense.push(false);
      }
      to[current] = c;
      if (depth > capacity[t]!) dense[current] = true;
      of[t * cols + c] = current;
    }
  }
  return { of, track, from, to, dense };
}
