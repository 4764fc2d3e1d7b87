import { Suspense, useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Plan } from '@myomap/engine';
import { visitsApi, type VisitPage } from '../../api/visits.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { AssessmentPart } from './AssessmentPart.tsx';
import { NoteEditor } from './NoteEditor.tsx';
import { ObjectivePart, type ObjectiveDraft } from './ObjectivePart.tsx';
import type { OutcomeDraft } from './OutcomesCard.tsx';
import { PlanPart } from './PlanPart.tsx';
import { saveMessage } from './session-errors.ts';
import { SubjectivePart, type SubjectiveDraft } from './SubjectivePart.tsx';

const TABS = [
  ['S', 'subjective', 'Subjective'],
  ['O', 'objective', 'Objective'],
  ['A', 'assessment', 'Assessment'],
  ['P', 'plan', 'Plan & hold'],
  ['N', 'note', 'Note'],
] as const;
type Tab = (typeof TABS)[number][1];

/** Unsaved edits of the parts that keep them across part switches (held here, not in the part). */
export interface PartDrafts {
  subjective?: SubjectiveDraft;
  outcome?: OutcomeDraft;
  objective?: ObjectiveDraft;
  plan?: Plan;
  impression?: string;
}

/**
 * The session screen: four parts and the note, one at a time, switched from a bottom bar the thumb
 * reaches on a tablet (and by Tab/Enter on a desktop). Every save reloads the visit from the server.
 */
export function SessionScreen(): React.JSX.Element {
  const { id = '' } = useParams();
  const [page, setPage] = useState<VisitPage | undefined>();
  const [tab, setTab] = useState<Tab>('subjective');
  const [error, setError] = useState<string | undefined>();
  const [drafts, setDrafts] = useState<PartDrafts>({});
  const setDraft = useCallback(
    <K extends keyof PartDrafts>(k: K, v: PartDrafts[K] | undefined) =>
      setDrafts((d) => {
        const next = { ...d };
        if (v === undefined) delete next[k];
        else next[k] = v;
        return next;
      }),
    [],
  );
  useDocumentTitle('Session');
  const reload = useCallback(async () => {
    try {
      setPage(await visitsApi.page(id));
    } catch (e) {
      setError(saveMessage(e));
    }
  }, [id]);
  useEffect(() => {
    void reload();
  }, [reload]);

  if (error !== undefined) return <p role="alert">{error}</p>;
  if (page === undefined) return <p>Loading the visit…</p>;
  const key = `${page.visit.version}-${page.note.version}-${page.findings.length}-${page.holds.length}-${page.note.status}-${page.note.addenda.length}`;
  const locked = page.note.status === 'signed';
  return (
    <div className="session">
      <header className="session-head">
        <Link to={`/visits/client/${encodeURIComponent(page.visit.clientId)}`}>Timeline</Link>
        <h1>
          Visit {page.visit.visitOn}
          {locked && <span className="badge">signed</span>}
        </h1>
      </header>
      <Suspense fallback={<p>Loading the atlas…</p>}>
        <div className="session-body" key={`${tab}-${key}`}>
          {tab === 'subjective' && (
            <SubjectivePart
              page={page}
              onSaved={reload}
              draft={drafts.subjective}
              onDraft={(v) => setDraft('subjective', v)}
              outcomeDraft={drafts.outcome}
              onOutcomeDraft={(v) => setDraft('outcome', v)}
            />
          )}
          {tab === 'objective' && (
            <ObjectivePart
              page={page}
              onSaved={reload}
              draft={drafts.objective}
              onDraft={(v) => setDraft('objective', v)}
            />
          )}
          {tab === 'assessment' && (
            <AssessmentPart
              page={page}
              onSaved={reload}
              draft={drafts.impression}
              onDraft={(v) => setDraft('impression', v)}
            />
          )}
          {tab === 'plan' && (
            <PlanPart page={page} onSaved={reload} draft={drafts.plan} onDraft={(v) => setDraft('plan', v)} />
          )}
          {tab === 'note' && <NoteEditor page={page} onSaved={reload} />}
        </div>
      </Suspense>
      <nav className="session-tabs" aria-label="Session parts">
        {TABS.map(([letter, t, label]) => (
          <button
            key={t}
            type="button"
            aria-current={tab === t ? 'page' : undefined}
            className={tab === t ? 'on' : ''}
            onClick={() => setTab(t)}
          >
            <span className="letter" aria-hidden="true">
              {letter}
            </span>
            {label}
          </button>
        ))}
      </nav>
    </div>
  );
}
