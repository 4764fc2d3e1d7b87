import { RED_FLAGS } from '@myomap/atlas';
import {
  ageOn,
  INTAKE_QUESTIONS,
  TIER_ORDER,
  TIER_POLICY,
  TRIGGER_POINT_INDICATIONS,
  questionTier,
} from '@myomap/engine';
import type { FastifyZodApp } from '../../http/fastify-zod.ts';
import type { ScopedTx } from '../../store/store.ts';
import { fieldError } from '../auth/http-helpers.ts';
import { CLIENT_ACCESS } from '../clients/access.ts';
import { getClient } from '../clients/repository.ts';
import { inClinic } from '../clients/in-clinic.ts';
import { ClientParams } from '../clients/schema.ts';
import type { FeatureContext } from '../context.ts';
import {
  addClearance,
  addRescreen,
  getIntake,
  listClearances,
  listRescreens,
  putIntake,
  screenStatus,
} from './repository.ts';
import { ClearanceInput, IntakePage, IntakeUpdate, RescreenInput, ScreenDefinition } from './schema.ts';

/** Intake bodies hold a health history; 64 KB is ample. */
export const INTAKE_BODY_LIMIT = 65_536;

/** How many clearances and re-screens the intake page shows (the screen reads them all). */
const SHOWN_CLEARANCES = 10;
const SHOWN_RESCREENS = 5;

/**
 * The intake page: the intake, the evaluated screen and the latest clearances and re-screens. `now` is
 * the injected clock's ISO time: the client's age today feeds the screen's age rules.
 */
export async function intakePage(tx: ScopedTx, clinicId: string, clientId: string, now: string) {
  const client = await getClient(tx, clinicId, clientId);
  const clientAge = ageOn(client.dateOfBirth, now);
  const intake = await getIntake(tx, clinicId, clientId);
  const clearances = await listClearances(tx, clinicId, clientId);
  const rescreens = await listRescreens(tx, clinicId, clientId);
  const screen = screenStatus(intake, clearances, rescreens, clientAge);
  return {
    clientAge,
    intake: intake ?? null,
    screen: {
      ...screen,
      tier: screen.tier ?? null,
      findings: [...screen.findings],
      unanswered: [...screen.unanswered],
    },
    clearances: clearances.slice(-SHOWN_CLEARANCES),
    rescreens: rescreens.slice(-SHOWN_RESCREENS),
  };
}

const SCREEN_DEFINITION = {
  tiers: TIER_ORDER.map((tier) => ({ tier, ...TIER_POLICY[tier] })).map((t) => ({
    tier: t.tier,
    title: t.title,
    action: t.action,
    blocksTriggerPointWork: t.blocksTriggerPointWork,
  })),
  questions: INTAKE_QUESTIONS.map((q) => {
    const tier = questionTier(q);
    return {
      id: q.id,
      text: q.text,
      tier,
      action: q.action ?? TIER_POLICY[tier].action,
      blocksTriggerPointWork: q.blocksTriggerPointWork ?? TIER_POLICY[tier].blocksTriggerPointWork,
      everyVisit: q.everyVisit,
    };
  }),
  indications: TRIGGER_POINT_INDICATIONS.map((i) => ({ text: i.text, source: i.source })),
};

/** True for a question id of the screen, or `text:<red flag>` for a flag read from free text. */
function knownScreenItem(id: string): boolean {
  if (INTAKE_QUESTIONS.some((q) => q.id === id)) return true;
  return id.startsWith('text:') && Object.hasOwn(RED_FLAGS, id.slice(5));
}

/** The intake screen definition, a client's intake, clearances and visit re-screens. */
export function intakeRoutes(app: FastifyZodApp, ctx: FeatureContext): void {
  const { store } = ctx;
  const tags = ['intake'];

  app.get(
    '/api/intake/screen',
    {
      config: { access: CLIENT_ACCESS.screenDefinition },
      schema: {
        summary:
          'The red-flag and contraindication screen: tiers with their actions, the questions (and which are re-asked every visit), and when trigger point therapy is most useful',
        tags,
        response: { 200: ScreenDefinition },
      },
    },
    async () => SCREEN_DEFINITION,
  );

  app.get(
    '/api/clients/:id/intake',
    {
      config: { access: CLIENT_ACCESS.intakeRead, record: 'client' },
      schema: {
        summary:
          'A client’s intake with the evaluated screen (what is positive, what it blocks, what was cleared)',
        tags,
        params: ClientParams,
        response: { 200: IntakePage },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'intake.read', recordType: 'client', recordId: request.params.id },
        (tx, auth) => intakePage(tx, auth.clinicId, request.params.id, store.deps.now()),
      ),
  );

  app.put(
    '/api/clients/:id/intake',
    {
      config: { access: CLIENT_ACCESS.intakeWrite, record: 'client' },
      bodyLimit: INTAKE_BODY_LIMIT,
      schema: {
        summary:
          'Write the intake (health history and screen answers); send the version you read, 0 for a first intake (409 with the current version when stale)',
        tags,
        params: ClientParams,
        body: IntakeUpdate,
        response: { 200: IntakePage },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'intake.write', recordType: 'client', recordId: request.params.id },
        async (tx, auth) => {
          const { version, ...fields } = request.body;
          await putIntake(tx, store.deps, auth.clinicId, request.params.id, version, fields, auth.userId);
          return intakePage(tx, auth.clinicId, request.params.id, store.deps.now());
        },
      ),
  );

  app.post(
    '/api/clients/:id/clearances',
    {
      config: { access: CLIENT_ACCESS.clearance, record: 'client' },
      bodyLimit: INTAKE_BODY_LIMIT,
      schema: {
        summary:
          'Record the reason a screen block is lifted (a physician’s clearance, by whom and when); trigger point work stays blocked until every blocking answer has one',
        tags,
        params: ClientParams,
        body: ClearanceInput,
        response: { 201: IntakePage },
      },
    },
    async (request, reply) => {
      if (!knownScreenItem(request.body.questionId))
        throw fieldError('questionId', 'is not a question of the screen');
      const page = await inClinic(
        store,
        request,
        { action: 'intake.clearance', recordType: 'client', recordId: request.params.id },
        async (tx, auth) => {
          await addClearance(tx, store.deps, auth.clinicId, request.params.id, request.body, auth.userId);
          return intakePage(tx, auth.clinicId, request.params.id, store.deps.now());
        },
      );
      return reply.status(201).send(page);
    },
  );

  app.post(
    '/api/clients/:id/rescreens',
    {
      config: { access: CLIENT_ACCESS.rescreen, record: 'client' },
      bodyLimit: INTAKE_BODY_LIMIT,
      schema: {
        summary:
          'Record the brief screen of a visit ("anything changed since last time?"); changed answers override the intake',
        tags,
        params: ClientParams,
        body: RescreenInput,
        response: { 201: IntakePage },
      },
    },
    async (request, reply) => {
      const page = await inClinic(
        store,
        request,
        { action: 'intake.rescreen', recordType: 'client', recordId: request.params.id },
        async (tx, auth) => {
          await addRescreen(tx, store.deps, auth.clinicId, request.params.id, request.body, auth.userId);
          return intakePage(tx, auth.clinicId, request.params.id, store.deps.now());
        },
      );
      return reply.status(201).send(page);
    },
  );
}
