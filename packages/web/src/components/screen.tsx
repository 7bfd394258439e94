import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Every screen's frame: one `<h1>`, and focus moved to it when the screen opens
 * so a screen reader announces where the person now is.
 */
export function Screen({
  title,
  children,
  lead,
}: {
  title: string;
  lead?: string;
  children?: ComponentChildren;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Crick`;
    heading.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {lead ? <p class="lead">{lead}</p> : null}
      {children}
    </>
  );
}
