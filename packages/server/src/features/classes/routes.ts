import { loadAtlas } from '@myomap/atlas';
import type { FastifyZodApp } from '../../http/fastify-zod.ts';
import { inClinic } from '../clients/in-clinic.ts';
import type { FeatureContext } from '../context.ts';
import { CLASS_ACCESS } from './access.ts';
import {
  addStudent,
  assignDeck,
  classPage,
  classProgress,
  createClass,
  listClasses,
  myAssignments,
} from './repository.ts';
import {
  Assignment,
  AssignmentInput,
  ClassInfo,
  ClassInput,
  ClassPage,
  ClassParams,
  ClassProgress,
  MyAssignments,
  StudentInput,
} from './schema.ts';

/** Class request bodies are a name, an id or a deck id; 4 KB is ample. */
export const CLASS_BODY_LIMIT = 4096;

/**
 * Classes: the owner makes a class and adds students; its educator (or the owner) assigns decks and
 * reads each student's progress by body area; every learner reads the decks assigned to them. Every
 * read and change is audited (a student's progress is about that person, so the educator's reads are
 * in the log).
 */
export function classesRoutes(app: FastifyZodApp, ctx: FeatureContext): void {
  const { store } = ctx;
  const tags = ['classes'];
  const atlas = loadAtlas();

  app.post(
    '/api/classes',
    {
      config: { access: CLASS_ACCESS.create },
      bodyLimit: CLASS_BODY_LIMIT,
      schema: {
        summary: 'Make a class and name its educator',
        tags,
        body: ClassInput,
        response: { 201: ClassInfo },
      },
    },
    async (request, reply) => {
      const made = await inClinic(
        store,
        request,
        { action: 'classes.create', recordType: 'class', recordId: (c: ClassInfo) => c.id },
        (tx, auth) => createClass(tx, store.deps, auth.clinicId, request.body),
      );
      return reply.status(201).send(made);
    },
  );

  app.get(
    '/api/classes',
    {
      config: { access: CLASS_ACCESS.list },
      schema: {
        summary: 'The classes the caller teaches (every class for the owner)',
        tags,
        response: { 200: ClassInfo.array() },
      },
    },
    (request) =>
      inClinic(store, request, { action: 'classes.list', recordType: 'class', recordId: null }, (tx, auth) =>
        listClasses(tx, auth),
      ),
  );

  app.get(
    '/api/classes/:id',
    {
      config: { access: CLASS_ACCESS.read, record: 'class' },
      schema: {
        summary: 'A class: its students and assigned decks',
        tags,
        params: ClassParams,
        response: { 200: ClassPage },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'classes.read', recordType: 'class', recordId: request.params.id },
        (tx, auth) => classPage(tx, auth, request.params.id),
      ),
  );

  app.post(
    '/api/classes/:id/students',
    {
      config: { access: CLASS_ACCESS.addStudent, record: 'class' },
      bodyLimit: CLASS_BODY_LIMIT,
      schema: {
        summary: 'Add a staff account of the clinic to a class as a student',
        tags,
        params: ClassParams,
        body: StudentInput,
        response: { 200: ClassPage },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'classes.add-student', recordType: 'class', recordId: request.params.id },
        (tx, auth) => addStudent(tx, store.deps, auth, request.params.id, request.body.userId),
      ),
  );

  app.post(
    '/api/classes/:id/assignments',
    {
      config: { access: CLASS_ACCESS.assign, record: 'class' },
      bodyLimit: CLASS_BODY_LIMIT,
      schema: {
        summary: 'Assign a deck (area:difficulty, e.g. neck:2) to a class, with an optional due date',
        tags,
        params: ClassParams,
        body: AssignmentInput,
        response: { 201: Assignment },
      },
    },
    async (request, reply) => {
      const made = await inClinic(
        store,
        request,
        { action: 'classes.assign', recordType: 'class', recordId: request.params.id },
        (tx, auth) => assignDeck(tx, store.deps, auth, request.params.id, request.body),
      );
      return reply.status(201).send(made);
    },
  );

  app.get(
    '/api/classes/:id/progress',
    {
      config: { access: CLASS_ACCESS.progress, record: 'class' },
      schema: {
        summary: 'Each student’s progress by body area: reviews, accuracy, retention, last review',
        tags,
        params: ClassParams,
        response: { 200: ClassProgress },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'classes.progress', recordType: 'class', recordId: request.params.id },
        (tx, auth) => classProgress(tx, auth, request.params.id, atlas, Date.parse(store.deps.now())),
      ),
  );

  app.get(
    '/api/practice/assignments',
    {
      config: { access: CLASS_ACCESS.myAssignments },
      schema: {
        summary: 'The decks assigned to the caller in their classes, soonest due first',
        tags: ['practice', ...tags],
        response: { 200: MyAssignments },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        {
          action: 'practice.assignments',
          recordType: 'practice-log',
          recordId: request.auth?.userId ?? null,
        },
        async (tx, auth) => ({ assignments: await myAssignments(tx, auth.clinicId, auth.userId) }),
      ),
  );
}
