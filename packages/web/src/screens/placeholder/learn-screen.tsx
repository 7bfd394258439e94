import { Screen } from '../../components/screen.js';
import { library } from '../../lib/library.js';

/** The learn pages' titles and summaries until the full Learn screen (search, sources) lands. */
export default function LearnScreen() {
  return (
    <Screen title="Learn" lead="Short pages about neck spasms, in plain words.">
      {library.learn.map((p) => (
        <div class="card" key={p.id}>
          <h2>{p.title}</h2>
          <p>{p.summary}</p>
        </div>
      ))}
    </Screen>
  );
}
