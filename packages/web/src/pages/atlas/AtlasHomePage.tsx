import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { AreaJumpNav } from '../../atlas/AreaJumpNav.tsx';
import { moveFocusInList } from '../../atlas/list-keys.ts';
import { createMuscleSearch } from '../../atlas/muscle-search.ts';
import { MuscleResults } from '../../atlas/MuscleResults.tsx';
import { muscleGuide, muscleSearchDocs } from '../../atlas/search-index.ts';
import { useAtlas } from '../../atlas/useAtlas.ts';
import { useSlashToFocus } from '../../atlas/useSlashToFocus.ts';
import { WhereDoesItHurt } from '../../atlas/WhereDoesItHurt.tsx';

const RESULT_LINK = 'a.muscle-result';

/** The atlas home: instant fuzzy search over every muscle; grouped by body area when the search is empty. */
export function AtlasHomePage(): React.JSX.Element {
  useDocumentTitle('Atlas');
  const atlas = useAtlas();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const deferred = useDeferredValue(query);
  const search = useMemo(() => createMuscleSearch(muscleSearchDocs(atlas), muscleGuide(atlas)), [atlas]);
  const hits = useMemo(() => search(deferred), [search, deferred]);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLDivElement>(null);
  const searching = deferred.trim() !== '';
  useSlashToFocus(input);

  // The query lives in the URL too, so Back from a muscle returns to the same results.
  const written = useRef(params.get('q') ?? '');
  useEffect(() => {
    const fromUrl = params.get('q') ?? '';
    if (fromUrl === written.current) return;
    written.current = fromUrl; // navigated here from elsewhere (e.g. the Atlas link): follow the URL
    setQuery(fromUrl);
  }, [params]);
  useEffect(() => {
    const next = deferred.trim();
    if (next === written.current) return;
    written.current = next;
    setParams(next === '' ? {} : { q: next }, { replace: true });
  }, [deferred, setParams]);

  const onInputKey = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' && results.current !== null) moveFocusInList(results.current, e, RESULT_LINK);
    else if (e.key === 'Enter' && searching && hits[0] !== undefined) {
      e.preventDefault();
      void navigate(`/atlas/muscles/${hits[0].doc.id}`);
    } else if (e.key === 'Escape') setQuery('');
  };

  const onResultsKey = (e: React.KeyboardEvent<HTMLDivElement>): void => {
    if (results.current === null) return;
    if (e.key === 'Escape' || (e.key === 'ArrowUp' && !moveFocusInList(results.current, e, RESULT_LINK))) {
      e.preventDefault();
      input.current?.focus();
      return;
    }
    if (e.key !== 'ArrowUp') moveFocusInList(results.current, e, RESULT_LINK);
  };

  return (
    <section className="atlas-home">
      <PageHeader
        title="Atlas"
        lead={`${atlas.muscles.length} muscles with their trigger points and referral patterns, each fact with its source.`}
      />
      {!searching && <WhereDoesItHurt />}
      <div className="atlas-search card">
        <label className="search-label" htmlFor="atlas-search-input">
          <span>Search muscles</span>
        </label>
        <input
          id="atlas-search-input"
          ref={input}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onInputKey}
          placeholder="Name, body area, symptom, movement, activity or where it hurts: “front of shoulder”, “dizziness”"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="atlas-search-hint"
          aria-controls="atlas-results"
        />
        <p id="atlas-search-hint" className="hint muted">
          <kbd>/</kbd> search · <kbd>↓</kbd> <kbd>↑</kbd> move through results · <kbd>Enter</kbd> open ·{' '}
          <kbd>Esc</kbd> clear
        </p>
        <p className="visually-hidden" role="status" aria-live="polite">
          {searching ? `${hits.length} muscles match` : ''}
        </p>
      </div>
      {!searching && <AreaJumpNav />}
      <div id="atlas-results" ref={results} onKeyDown={onResultsKey} className="atlas-results">
        {searching && (
          <p className="result-count muted">
            {hits.length === 0
              ? `No muscle matches “${deferred.trim()}”. Try a body area (“neck”), a symptom (“dizziness”) or where it hurts (“temple”).`
              : `${hits.length} ${hits.length === 1 ? 'muscle matches' : 'muscles match'} “${deferred.trim()}”, best first`}
          </p>
        )}
        <MuscleResults hits={hits} grouped={!searching} />
      </div>
    </section>
  );
}
