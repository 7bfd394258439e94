import { useState } from 'preact/hooks';
import { Choice } from '../../components/choice.js';

const items = [
  { id: 'screen', text: 'The top of my screen is at eye level, an arm’s length away.' },
  { id: 'chair', text: 'My chair supports my lower back; feet flat, knees level with hips.' },
  { id: 'keyboard', text: 'Keyboard and mouse close, elbows bent at about a right angle.' },
  { id: 'laptop', text: 'On a laptop for long: a stand, or a separate keyboard and screen.' },
  { id: 'phone', text: 'I hold my phone up to my eyes, and use a headset for long calls.' },
  { id: 'bag', text: 'I carry a backpack on both shoulders, or switch sides often.' },
  { id: 'pillow', text: 'My pillow keeps my neck level with my body; I avoid sleeping on my front.' },
  { id: 'car', text: 'In the car: head rest at head height, a break every 2 hours.' },
];

const KEY = 'crick.ergonomics';
/** Ticks live on this device only (they are not part of the record types that sync). */
const read = (): string[] => {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

export function Ergonomics() {
  const [done, setDone] = useState<string[]>(read);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...done, id] : done.filter((x) => x !== id);
    setDone(next);
    localStorage.setItem(KEY, JSON.stringify(next));
  };
  return (
    <section class="card" aria-labelledby="ergo-title">
      <h2 id="ergo-title">Set-up checklist</h2>
      <p class="small muted">
        {done.length} of {items.length} done. Tick what you have sorted.
      </p>
      <div class="checklist">
        {items.map((i) => (
          <Choice
            key={i.id}
            type="checkbox"
            name="ergonomics"
            value={i.id}
            checked={done.includes(i.id)}
            onChange={(on) => toggle(i.id, on)}
          >
            {i.text}
          </Choice>
        ))}
      </div>
    </section>
  );
}
