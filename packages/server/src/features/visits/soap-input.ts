import { classificationView, type SoapInput } from '@myomap/engine';
import type { ScopedTx } from '../../store/store.ts';
import type { visitPage } from './repository.ts';

/** The SOAP drafting input of a visit page, with the re-screen recorded on the visit's date. */
export async function soapInputOf(
  tx: ScopedTx,
  clinicId: string,
  page: Awaited<ReturnType<typeof visitPage>>,
): Promise<SoapInput> {
  const rescreen = await tx
    .selectFrom('visit_rescreens')
    .select(['changed'])
    .where('clinic_id', '=', clinicId)
    .where('client_id', '=', page.visit.clientId)
    .where('visit_on', '=', page.visit.visitOn)
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    subjective: page.visit.subjective,
    objective: page.visit.objective,
    assessment: page.visit.assessment,
    plan: page.visit.plan,
    rescreen: rescreen === undefined ? null : { changed: Number(rescreen.changed) === 1 },
    outcomes: page.outcomes.map((o) => ({
      measure: o.measure,
      score: o.score,
      change: o.change === null ? null : { change: o.change.change, meaningful: o.change.meaningful },
    })),
    findings: page.findings.map((f) => ({
      finding: f.finding,
      view: classificationView(
        f.computed,
        f.override === null ? null : { classification: f.override.classification, reason: f.override.reason },
      ),
    })),
    holds: page.holds.map((h) => h.hold),
    away: page.awayPatterns,
  };
}
