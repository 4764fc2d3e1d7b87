import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader.tsx';
import { createMuscleSearch } from '../../atlas/muscle-search.ts';
import { muscleSearchDocs } from '../../atlas/search-index.ts';
import { useAtlas } from '../../atlas/useAtlas.ts';

/** A muscle or region id the atlas does not know, with muscles whose names come close. */
export function AtlasNotFound({
  what,
  id,
}: {
  what: 'muscle' | 'region' | 'page';
  id: string;
}): React.JSX.Element {
  const atlas = useAtlas();
  const near =
    what === 'muscle'
      ? createMuscleSearch(muscleSearchDocs(atlas))(id.replace(/[-.]+/g, ' ')).slice(0, 5)
      : [];
  return (
    <section>
      <PageHeader title={`No such ${what}`} lead={`The atlas has no ${what} “${id}”.`} />
      <div className="card">
        {near.length > 0 && (
          <>
            <p>Did you mean:</p>
            <ul className="related-list">
              {near.map((h) => (
                <li key={h.doc.id}>
                  <Link to={`/atlas/muscles/${h.doc.id}`} className="chip">
                    {h.doc.name}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <Link to="/atlas">Search the atlas</Link> or <Link to="/regions">browse the body regions</Link>.
        </p>
      </div>
    </section>
  );
}
