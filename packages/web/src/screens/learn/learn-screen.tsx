import { avoided, sourceById } from '@crick/content';
import type { LearnPage } from '@crick/core';
import { useMemo, useState } from 'preact/hooks';
import { Screen } from '../../components/screen.js';
import { library } from '../../lib/library.js';
import type { ScreenProps } from '../../routes.js';
import './learn.css';
import { buildIndex, highlight, search } from './search.js';

/** Learn: short pages, each fact with its source, searchable offline. */
export default function LearnScreen({ route }: ScreenProps) {
  const page = library.learn.find((p) => p.id === route.params.get('page'));
  return page ? <PageView page={page} /> : <Contents />;
}

function Contents() {
  const index = useMemo(() => buildIndex(library.learn), []);
  // The query stays in memory only: it never goes into the URL.
  const [query, setQuery] = useState('');
  const hits = query.trim() ? search(index, query) : null;
  return (
    <Screen title="Learn" lead="Short answers, each with where it comes from.">
      <search>
        <label for="learn-search">Search</label>
        <input
          id="learn-search"
          class="search-input"
          type="search"
          value={query}
          placeholder="For example: pillow, heat, GP"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </search>
      <p role="status" class="small muted">
        {hits === null
          ? ''
          : hits.length === 0
            ? 'Nothing found. Try another word.'
            : `${hits.length} found.`}
      </p>
      <ul class="learn-list">
        {(hits ?? library.learn.map((p) => ({ page: p, snippet: p.summary, terms: [] }))).map(
          ({ page, snippet, terms }) => (
            <li key={page.id} class="card">
              <h2>
                <a href={`#/learn?page=${page.id}`}>
                  <Marked text={page.title} terms={terms} />
                </a>
              </h2>
              <p class="small">
                <Marked text={snippet} terms={terms} />
              </p>
            </li>
          ),
        )}
      </ul>
    </Screen>
  );
}

function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  return <>{highlight(text, terms).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

export function SourceLine({ ids }: { ids: readonly string[] }) {
  const sources = ids.map((id) => sourceById(id)).filter((s) => s !== undefined);
  if (sources.length === 0) return null;
  return (
    <p class="source">
      {sources.length > 1 ? 'Sources: ' : 'Source: '}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? '; ' : ''}
          {s.url ? (
            <a href={s.url} rel="noopener noreferrer" target="_blank">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {s.cite ? ` (${s.cite})` : ''}
        </span>
      ))}
    </p>
  );
}

function PageView({ page }: { page: LearnPage }) {
  return (
    <Screen title={page.title} lead={page.summary}>
      <p>
        <a href="#/learn">All topics</a>
      </p>
      {page.sections.map((s) => (
        <section key={s.heading} aria-labelledby={`h-${slug(s.heading)}`}>
          <h2 id={`h-${slug(s.heading)}`}>{s.heading}</h2>
          <ul class="facts">
            {s.facts.map((f) => (
              <li key={f.text}>
                <p>{f.text}</p>
                <SourceLine ids={f.sources} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {page.id === 'what-helps' ? (
        <section aria-labelledby="h-avoided">
          <h2 id="h-avoided">What Crick does not suggest, and why</h2>
          <ul class="facts">
            {avoided.map((a) => (
              <li key={a.id}>
                <p>
                  <strong>{a.name}</strong> ({a.examples.join(', ')}). {a.why}
                </p>
                <SourceLine ids={a.sources} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Screen>
  );
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
