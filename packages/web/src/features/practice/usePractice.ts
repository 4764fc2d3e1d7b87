import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  applyReview,
  buildPracticeState,
  confusionCards,
  tellApartCardById,
  dueAt,
  gradeCard,
  nextCard,
  practiceProgress,
  type CardAnswer,
  type CardGrade,
  type Deck,
  type PracticeCard,
  type PracticeProgress,
  type Review,
} from '@myomap/engine';
import type { PracticeKit } from './practice-kit.ts';
import {
  pullReviews,
  randomId,
  ReviewLog,
  syncOutbox,
  type PullReviews,
  type SendReviews,
} from './review-store.ts';

/** The answered card on screen, with its grade. */
export interface Answered {
  readonly card: PracticeCard;
  readonly grade: CardGrade;
}

/** The signed-in learner's account: whose log this is, and how to send and read reviews. */
export interface PracticeAccount {
  readonly userId: string;
  readonly send: SendReviews;
  readonly pull: PullReviews;
}

/**
 * A practice session: the current card, answering, progress and sync status. Reviews are kept in the
 * browser first (so a session goes on offline). With an `account` (signed in) the outbox is sent on
 * load, after every review and when the browser comes back online, and the server's reviews (other
 * devices) are merged in by review id, so nothing is lost or doubled. Without one, reviews stay on
 * this device.
 */
export function usePractice(kit: PracticeKit, deck: Deck, newPerDay: number, account?: PracticeAccount) {
  const owner = account?.userId;
  const log = useMemo(() => new ReviewLog(window.localStorage, owner), [owner]);
  const state = useMemo(() => buildPracticeState(log.reviews(), kit.cards), [log, kit.cards]);
  const [version, setVersion] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [ahead, setAhead] = useState(false);
  const [answered, setAnswered] = useState<Answered | undefined>(undefined);
  const [pending, setPending] = useState(() => log.outbox().length);
  const shownAt = useRef(Date.now());
  const syncing = useRef(false);
  const again = useRef(false);

  const earliest = useMemo(() => {
    void version;
    let min: number | undefined;
    for (const p of state.byCard.values()) {
      const d = p.fsrs.due.getTime();
      if (min === undefined || d < min) min = d;
    }
    return min;
  }, [state, version]);

  const progress: PracticeProgress = useMemo(() => {
    void version;
    // Reviews of tell-apart cards made from confusions are counted under their area and type too.
    const unknown = [...state.byCard.keys()].filter((id) => !kit.cardById.has(id));
    const extra = unknown.flatMap((id) => tellApartCardById(kit.atlas, id) ?? []);
    const byId =
      extra.length === 0 ? kit.cardById : new Map([...kit.cardById, ...extra.map((c) => [c.id, c] as const)]);
    return practiceProgress(kit.atlas, state, byId, now);
  }, [kit, state, now, version]);

  // Pairs this learner mixes up become tell-apart cards of their own (same ids as generated ones).
  const confusionKey = progress.confusions.map((c) => `${c.a}|${c.b}`).join(',');
  const cards = useMemo(() => {
    if (confusionKey === '') return kit.cards;
    const pairs = confusionKey.split(',').map((k) => {
      const [a = '', b = ''] = k.split('|');
      return { a, b };
    });
    const extra = confusionCards(kit.atlas, pairs).filter((c) => !kit.cardById.has(c.id));
    return extra.length === 0 ? kit.cards : [...kit.cards, ...extra];
  }, [kit, confusionKey]);

  const next = useMemo(() => {
    void version;
    const at = ahead && earliest !== undefined ? Math.max(now, earliest) : now;
    return nextCard(state, cards, at, { deck, newPerDay });
  }, [state, cards, deck, newPerDay, now, ahead, earliest, version]);

  const current = answered?.card ?? next?.card;
  useEffect(() => {
    shownAt.current = Date.now();
  }, [current?.id]);

  // One sync at a time; a request for another while one runs makes it go round once more.
  const sync = useCallback(async () => {
    if (account === undefined) return;
    if (syncing.current) {
      again.current = true;
      return;
    }
    syncing.current = true;
    try {
      do {
        again.current = false;
        const sent = await syncOutbox(log, account.send);
        setPending(sent.pending);
        let changed = false;
        for (const r of await pullReviews(log, account.pull)) changed = applyReview(state, r) || changed;
        if (changed) setVersion((v) => v + 1);
      } while (again.current);
    } finally {
      syncing.current = false;
    }
  }, [log, account, state]);

  useEffect(() => {
    setPending(log.outbox().length);
  }, [log]);

  useEffect(() => {
    void sync();
    const onOnline = (): void => void sync();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [sync]);

  const answer = useCallback(
    (a: CardAnswer) => {
      if (current === undefined || answered !== undefined) return;
      const at = Date.now();
      const seconds = (at - shownAt.current) / 1000;
      const timed =
        a.type === 'which-muscle' || a.type === 'tell-apart' || a.type === 'stop-or-go'
          ? { ...a, seconds }
          : a;
      const grade = gradeCard(kit.atlas, current, timed);
      const review: Review = {
        id: randomId(),
        cardId: current.id,
        at,
        rating: grade.rating,
        correct: grade.correct,
        score: Math.round(grade.score * 1000) / 1000,
        ...(grade.confusion === undefined ? {} : { confusion: [grade.confusion[0], grade.confusion[1]] }),
      };
      log.add([review]);
      applyReview(state, review);
      setPending(log.outbox().length);
      setAnswered({ card: current, grade });
      setNow(at);
      setVersion((v) => v + 1);
      void sync();
    },
    [current, answered, kit.atlas, log, state, sync],
  );

  const advance = useCallback(() => {
    setAnswered(undefined);
    setAhead(false);
    setNow(Date.now());
  }, []);

  const reviewedToday = useMemo(() => {
    void version;
    let n = 0;
    for (const p of state.byCard.values()) for (const r of p.reviews) if (r.at >= now - 86_400_000) n++;
    return n;
  }, [state, now, version]);

  return {
    current,
    reason: answered === undefined ? next?.reason : undefined,
    answered,
    answer,
    advance,
    reviewAhead: () => setAhead(true),
    earliest,
    due: current === undefined ? undefined : dueAt(state, current.id),
    now,
    progress,
    reviewedToday,
    pending,
    signedIn: account !== undefined,
  };
}
