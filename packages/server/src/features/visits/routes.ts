import { draftSoap } from '@myomap/engine';
import { z } from 'zod';
import type { FastifyZodApp } from '../../http/fastify-zod.ts';
import { inClinic } from '../clients/in-clinic.ts';
import { ClientParams } from '../clients/schema.ts';
import type { FeatureContext } from '../context.ts';
import { VISIT_ACCESS } from './access.ts';
import {
  addAddendum,
  addFinding,
  addHold,
  addOutcome,
  listNoteVersions,
  saveNote,
  signNote,
  startVisit,
  timeline,
  todayList,
  updateFinding,
  updatePart,
  visitPage,
} from './repository.ts';
import {
  AddendumInput,
  Finding,
  FindingInput,
  FindingParams,
  FindingUpdate,
  Hold,
  HoldInput,
  Note,
  NoteUpdate,
  NoteVersion,
  Outcome,
  OutcomeInput,
  PART_SCHEMAS,
  partUpdate,
  SignInput,
  SoapDraftReply,
  StartVisitInput,
  TimelinePage,
  TimelineQuery,
  TodayList,
  Visit,
  VISIT_PARTS,
  VisitPage,
  VisitParams,
} from './schema.ts';
import { soapInputOf } from './soap-input.ts';

/** A visit part holds a drawing of up to 300 regions and dozens of findings; 256 KB is ample. */
export const VISIT_BODY_LIMIT = 262_144;

/**
 * The treatment session: start a visit (optionally from the last), the timeline, the today list,
 * the four parts, palpation findings, holds, outcome entries, and the SOAP note (draft, versions,
 * sign, addenda). Every read and change is audited in the same transaction.
 */
export function visitsRoutes(app: FastifyZodApp, ctx: FeatureContext): void {
  const { store } = ctx;
  const tags = ['visits'];

  app.post(
    '/api/clients/:id/visits',
    {
      config: { access: VISIT_ACCESS.start, record: 'client' },
      bodyLimit: VISIT_BODY_LIMIT,
      schema: {
        summary:
          'Start a visit; the last visit’s plan for next time is carried in, and with fromLast its drawing and plan are copied as a draft',
        tags,
        params: ClientParams,
        body: StartVisitInput,
        response: { 201: Visit },
      },
    },
    async (request, reply) => {
      const visit = await inClinic(
        store,
        request,
        { action: 'visits.start', recordType: 'visit', recordId: (v: Visit) => v.id },
        (tx, auth) => startVisit(tx, store.deps, auth.clinicId, request.params.id, request.body, auth.userId),
      );
      return reply.status(201).send(visit);
    },
  );

  app.get(
    '/api/clients/:id/visits',
    {
      config: { access: VISIT_ACCESS.timeline, record: 'client' },
      schema: {
        summary:
          'A client’s timeline: visits newest first with the drawing, muscles treated and the note’s first line (paged by cursor)',
        tags,
        params: ClientParams,
        querystring: TimelineQuery,
        response: { 200: TimelinePage },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'visits.timeline', recordType: 'client', recordId: request.params.id },
        (tx, auth) => timeline(tx, auth.clinicId, request.params.id, request.query),
      ),
  );

  app.get(
    '/api/today',
    {
      config: { access: VISIT_ACCESS.today },
      schema: {
        summary: 'The today list: visits started today and every note still awaiting signature',
        tags,
        response: { 200: TodayList },
      },
    },
    (request) =>
      inClinic(store, request, { action: 'visits.today', recordType: 'visit', recordId: null }, (tx, auth) =>
        todayList(tx, auth.clinicId, store.deps.now().slice(0, 10)),
      ),
  );

  app.get(
    '/api/visits/:id',
    {
      config: { access: VISIT_ACCESS.read, record: 'visit' },
      schema: {
        summary:
          'Open a visit: its four parts, findings with classifications, holds, scored outcomes, the note, the last visit’s objective and patterns that point away from trigger points',
        tags,
        params: VisitParams,
        response: { 200: VisitPage },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'visits.read', recordType: 'visit', recordId: request.params.id },
        (tx, auth) => visitPage(tx, auth.clinicId, request.params.id),
      ),
  );

  for (const part of VISIT_PARTS) {
    app.put(
      `/api/visits/:id/${part}`,
      {
        config: { access: VISIT_ACCESS.editPart, record: 'visit' },
        bodyLimit: VISIT_BODY_LIMIT,
        schema: {
          summary: `Replace the ${part} part of an unsigned visit; send the version you read (409 with the current version when stale)`,
          tags,
          params: VisitParams,
          body: partUpdate(PART_SCHEMAS[part] as z.ZodType),
          response: { 200: Visit },
        },
      },
      (request) =>
        inClinic(
          store,
          request,
          { action: `visits.${part}`, recordType: 'visit', recordId: request.params.id },
          (tx, auth) => {
            const body = request.body as { version: number; data: unknown };
            return updatePart(
              tx,
              store.deps,
              auth.clinicId,
              request.params.id,
              part,
              body.version,
              body.data,
              auth.userId,
            );
          },
        ),
    );
  }

  app.post(
    '/api/visits/:id/findings',
    {
      config: { access: VISIT_ACCESS.finding, record: 'visit' },
      bodyLimit: VISIT_BODY_LIMIT,
      schema: {
        summary:
          'Record a palpation finding; the versioned rule classifies it, and an override with its reason is kept beside',
        tags,
        params: VisitParams,
        body: FindingInput,
        response: { 201: Finding },
      },
    },
    async (request, reply) => {
      const finding = await inClinic(
        store,
        request,
        { action: 'visits.finding.add', recordType: 'visit', recordId: request.params.id },
        (tx, auth) => addFinding(tx, store.deps, auth.clinicId, request.params.id, request.body, auth.userId),
      );
      return reply.status(201).send(finding);
    },
  );

  app.put(
    '/api/visits/:id/findings/:findingId',
    {
      config: { access: VISIT_ACCESS.finding, record: 'visit' },
      bodyLimit: VISIT_BODY_LIMIT,
      schema: {
        summary: 'Edit a palpation finding or its override; send the version you read',
        tags,
        params: FindingParams,
        body: FindingUpdate,
        response: { 200: Finding },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'visits.finding.edit', recordType: 'visit', recordId: request.params.id },
        (tx, auth) => {
          const { version, ...finding } = request.body;
          return updateFinding(
            tx,
            store.deps,
            auth.clinicId,
            request.params.id,
            request.params.findingId,
            version,
            finding,
            auth.userId,
          );
        },
      ),
  );

  app.post(
    '/api/visits/:id/holds',
    {
      config: { access: VISIT_ACCESS.hold, record: 'visit' },
      bodyLimit: VISIT_BODY_LIMIT,
      schema: {
        summary: 'Log a guided hold: seconds, the rating taps and the referral’s response',
        tags,
        params: VisitParams,
        body: HoldInput,
        response: { 201: Hold },
      },
    },
    async (request, reply) => {
      const hold = await inClinic(
        store,
        request,
        { action: 'visits.hold', recordType: 'visit', recordId: request.params.id },
        (tx, auth) => addHold(tx, store.deps, auth.clinicId, request.params.id, request.body, auth.userId),
      );
      return reply.status(201).send(hold);
    },
  );

  app.post(
    '/api/visits/:id/outcomes',
    {
      config: { access: VISIT_ACCESS.outcome, record: 'visit' },
      bodyLimit: VISIT_BODY_LIMIT,
      schema: {
        summary:
          'Record an outcome measure (NPRS, PSFS, NDI, ODI) from its item answers; scored by the published method with the meaningful-change flag',
        tags,
        params: VisitParams,
        body: OutcomeInput,
        response: { 201: Outcome },
      },
    },
    async (request, reply) => {
      const outcome = await inClinic(
        store,
        request,
        { action: 'visits.outcome', recordType: 'visit', recordId: request.params.id },
        (tx, auth) => addOutcome(tx, store.deps, auth.clinicId, request.params.id, request.body, auth.userId),
      );
      return reply.status(201).send(outcome);
    },
  );

  app.get(
    '/api/visits/:id/note/draft',
    {
      config: { access: VISIT_ACCESS.draft, record: 'visit' },
      schema: {
        summary: 'A SOAP note drafted from the structured visit by templates (nothing is saved)',
        tags,
        params: VisitParams,
        response: { 200: SoapDraftReply },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'visits.note.draft', recordType: 'visit', recordId: request.params.id },
        async (tx, auth) =>
          draftSoap(
            await soapInputOf(tx, auth.clinicId, await visitPage(tx, auth.clinicId, request.params.id)),
          ),
      ),
  );

  app.put(
    '/api/visits/:id/note',
    {
      config: { access: VISIT_ACCESS.editNote, record: 'visit' },
      bodyLimit: VISIT_BODY_LIMIT,
      schema: {
        summary:
          'Save the unsigned note as a new version; send the version you read (409 with the current version when stale, or when signed)',
        tags,
        params: VisitParams,
        body: NoteUpdate,
        response: { 200: Note },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'visits.note.save', recordType: 'visit', recordId: request.params.id },
        (tx, auth) => {
          const { version, ...sections } = request.body;
          return saveNote(tx, store.deps, auth.clinicId, request.params.id, version, sections, auth.userId);
        },
      ),
  );

  app.get(
    '/api/visits/:id/note/versions',
    {
      config: { access: VISIT_ACCESS.noteVersions, record: 'visit' },
      schema: {
        summary: 'Every saved version of the note, oldest first',
        tags,
        params: VisitParams,
        response: { 200: z.object({ versions: z.array(NoteVersion) }) },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'visits.note.versions', recordType: 'visit', recordId: request.params.id },
        async (tx, auth) => ({ versions: await listNoteVersions(tx, auth.clinicId, request.params.id) }),
      ),
  );

  app.post(
    '/api/visits/:id/note/sign',
    {
      config: { access: VISIT_ACCESS.sign, record: 'visit' },
      bodyLimit: VISIT_BODY_LIMIT,
      schema: {
        summary: 'Sign the note at the version you read; the note and the visit are locked from then on',
        tags,
        params: VisitParams,
        body: SignInput,
        response: { 200: Note },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'visits.note.sign', recordType: 'visit', recordId: request.params.id },
        (tx, auth) =>
          signNote(tx, store.deps, auth.clinicId, request.params.id, request.body.version, auth.userId),
      ),
  );

  app.post(
    '/api/visits/:id/note/addenda',
    {
      config: { access: VISIT_ACCESS.addendum, record: 'visit' },
      bodyLimit: VISIT_BODY_LIMIT,
      schema: {
        summary: 'Add a correction to a signed note, kept with its author and time',
        tags,
        params: VisitParams,
        body: AddendumInput,
        response: { 201: Note },
      },
    },
    async (request, reply) => {
      const note = await inClinic(
        store,
        request,
        { action: 'visits.note.addendum', recordType: 'visit', recordId: request.params.id },
        (tx, auth) =>
          addAddendum(tx, store.deps, auth.clinicId, request.params.id, request.body.text, auth.userId),
      );
      return reply.status(201).send(note);
    },
  );
}
