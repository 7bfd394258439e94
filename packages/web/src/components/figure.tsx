import type { FigureView, Position } from '@crick/core';
import type { JSX } from 'preact';
import { AboveBody, aboveArrow } from './figure-above.js';
import { FrontBody, frontArrow } from './figure-front.js';
import { SideBody, sideArrow } from './figure-side.js';
import type { FullPose } from './pose.js';

/**
 * The exercise figure, drawn from a pose and from the view that shows the
 * movement best (the library says which). With a guide, a faint outline shows
 * the target pose and an arrow the way to it. Pure: the same pose always draws
 * the same picture.
 */
const bodies: Record<FigureView, (p: { pose: FullPose; position: Position }) => JSX.Element> = {
  front: FrontBody,
  side: SideBody,
  above: AboveBody,
};

const arrows: Record<FigureView, (start: FullPose, target: FullPose, position: Position) => string | null> = {
  front: frontArrow,
  side: sideArrow,
  above: aboveArrow,
};

/** Said after the label, so a screen reader knows how to read the picture. */
export function viewWords(view: FigureView, position: Position): string {
  if (view === 'front') return 'drawn like your reflection';
  if (view === 'side') return 'seen from the side';
  return position === 'lying' ? 'seen from behind your head' : 'seen from above, nose pointing forward';
}

export interface FigureGuide {
  readonly start: FullPose;
  readonly target: FullPose;
}

export function Figure({
  pose,
  position,
  label,
  view = 'front',
  guide,
}: {
  pose: FullPose;
  position: Position;
  label: string;
  view?: FigureView;
  guide?: FigureGuide;
}) {
  const Body = bodies[view];
  const arrow = guide ? arrows[view](guide.start, guide.target, position) : null;
  const drawing = (
    <g fill="none" stroke="currentColor" stroke-width="7" stroke-linecap="round" stroke-linejoin="round">
      {guide ? (
        <g class="figure-target" data-pose="target">
          <Body pose={guide.target} position={position} />
        </g>
      ) : null}
      <g data-pose="now">
        <Body pose={pose} position={position} />
      </g>
      {arrow ? <path class="figure-arrow" data-part="arrow" d={arrow} stroke-width="4" /> : null}
    </g>
  );
  return (
    <svg
      class="figure"
      viewBox="0 0 200 205"
      role="img"
      aria-label={`${label} (${viewWords(view, position)})`}
    >
      {position === 'lying' && view !== 'above' ? (
        // Lying on a mat, seen from the ceiling (front) or from beside the mat (side), head to the left.
        <>
          <rect x="2" y="48" width="196" height="124" rx="14" fill="var(--soft)" />
          <g transform="rotate(-90 100 110) translate(0 -10)">{drawing}</g>
        </>
      ) : (
        drawing
      )}
    </svg>
  );
}
