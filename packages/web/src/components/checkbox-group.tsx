import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * A set of checkboxes that is one Tab stop (a roving tabindex): the arrow keys
 * move between the boxes, Home and End jump to the ends, Space ticks. Without
 * it, the intake's chips cost a Tab press each, over thirty in all.
 */
export function CheckboxGroup({
  class: className,
  children,
}: {
  class: string;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const boxes = () => [...(ref.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
  useLayoutEffect(() => {
    const all = boxes();
    const current = Math.min(active, all.length - 1);
    all.forEach((b, i) => {
      b.tabIndex = i === current ? 0 : -1;
    });
  });
  // Listened to on the wrapper itself: the keys belong to the checkboxes inside it.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKeyDown = (e: KeyboardEvent) => {
      const all = boxes();
      const here = all.indexOf(document.activeElement as HTMLInputElement);
      if (here < 0) return;
      const step = moves[e.key];
      const next =
        e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? all.length - 1
            : step
              ? (here + step + all.length) % all.length
              : -1;
      if (next < 0) return;
      e.preventDefault();
      all[next]?.focus();
      setActive(next);
    };
    const onFocusIn = (e: FocusEvent) => {
      const i = boxes().indexOf(e.target as HTMLInputElement);
      if (i >= 0) setActive(i);
    };
    el.addEventListener('keydown', onKeyDown);
    el.addEventListener('focusin', onFocusIn);
    return () => {
      el.removeEventListener('keydown', onKeyDown);
      el.removeEventListener('focusin', onFocusIn);
    };
  }, []);
  return (
    <div ref={ref} class={className}>
      {children}
    </div>
  );
}

/** Said with the group's question, so a screen reader user knows the other options are a key away. */
export const ArrowHint = () => <span class="visually-hidden"> Arrow keys move between the options.</span>;
