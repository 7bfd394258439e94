import type { ComponentChildren } from 'preact';

/** One big tappable option: a real radio or checkbox underneath, so keyboards and screen readers work. */
export function Choice({
  type,
  name,
  value,
  checked,
  onChange,
  children,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <label class="choice">
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
      />
      <span>{children}</span>
    </label>
  );
}

/** The 0-10 pain scale as eleven radio buttons. */
export function PainScale({
  name,
  legend,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  value: number | undefined;
  onChange: (pain: number) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <p class="small muted" id={`${name}-hint`}>
        0 is no pain, 10 is the worst you can imagine.
      </p>
      <div class="pain-scale" aria-describedby={`${name}-hint`}>
        {Array.from({ length: 11 }, (_, n) => (
          <Choice
            key={n}
            type="radio"
            name={name}
            value={String(n)}
            checked={value === n}
            onChange={() => onChange(n)}
          >
            {n}
          </Choice>
        ))}
      </div>
    </fieldset>
  );
}
