import type { FastifyZodApp } from '../../http/fastify-zod.ts';
import type { FeatureContext } from '../context.ts';
import { CLIENT_ACCESS } from './access.ts';
import { inClinic } from './in-clinic.ts';
import {
  addConsent,
  createClient,
  getClient,
  listConsents,
  searchClients,
  setArchived,
  updateClient,
} from './repository.ts';
import {
  Client,
  ClientFields,
  ClientPage,
  ClientParams,
  ClientSearchQuery,
  ClientSearchReply,
  ClientUpdate,
  Consent,
  ConsentInput,
  VersionBody,
} from './schema.ts';

/** Request bodies of client routes are small; 16 KB is ample. */
export const CLIENT_BODY_LIMIT = 16_384;

/** Clients: search, create, the client page, edit, archive/restore and consent. */
export function clientsRoutes(app: FastifyZodApp, ctx: FeatureContext): void {
  const { store } = ctx;
  const tags = ['clients'];

  app.get(
    '/api/clients',
    {
      config: { access: CLIENT_ACCESS.search },
      schema: {
        summary:
          'Search the clinic’s clients by name, phone, email or date of birth (prefix, accents ignored)',
        tags,
        querystring: ClientSearchQuery,
        response: { 200: ClientSearchReply },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'clients.search', recordType: 'client', recordId: null },
        (tx, auth) => searchClients(tx, auth.clinicId, request.query),
      ),
  );

  app.post(
    '/api/clients',
    {
      config: { access: CLIENT_ACCESS.create },
      bodyLimit: CLIENT_BODY_LIMIT,
      schema: { summary: 'Add a client', tags, body: ClientFields, response: { 201: Client } },
    },
    async (request, reply) => {
      const client = await inClinic(
        store,
        request,
        { action: 'clients.create', recordType: 'client', recordId: (c: Client) => c.id },
        (tx, auth) => createClient(tx, store.deps, auth.clinicId, request.body),
      );
      return reply.status(201).send(client);
    },
  );

  app.get(
    '/api/clients/:id',
    {
      config: { access: CLIENT_ACCESS.read, record: 'client' },
      schema: {
        summary: 'A client’s page: details and consents',
        tags,
        params: ClientParams,
        response: { 200: ClientPage },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'clients.read', recordType: 'client', recordId: request.params.id },
        async (tx, auth) => ({
          client: await getClient(tx, auth.clinicId, request.params.id),
          consents: await listConsents(tx, auth.clinicId, request.params.id),
        }),
      ),
  );

  app.put(
    '/api/clients/:id',
    {
      config: { access: CLIENT_ACCESS.update, record: 'client' },
      bodyLimit: CLIENT_BODY_LIMIT,
      schema: {
        summary: 'Edit a client; send the version you read (409 with the current version when it is stale)',
        tags,
        params: ClientParams,
        body: ClientUpdate,
        response: { 200: Client },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'clients.update', recordType: 'client', recordId: request.params.id },
        (tx, auth) => {
          const { version, ...fields } = request.body;
          return updateClient(tx, store.deps, auth.clinicId, request.params.id, version, fields);
        },
      ),
  );

  for (const [verb, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/api/clients/:id/${verb}`,
      {
        config: { access: CLIENT_ACCESS[verb], record: 'client' },
        bodyLimit: CLIENT_BODY_LIMIT,
        schema: {
          summary: archived
            ? 'Archive a client (hidden from the default list; nothing is deleted)'
            : 'Restore an archived client',
          tags,
          params: ClientParams,
          body: VersionBody,
          response: { 200: Client },
        },
      },
      (request) =>
        inClinic(
          store,
          request,
          { action: `clients.${verb}`, recordType: 'client', recordId: request.params.id },
          (tx, auth) =>
            setArchived(tx, store.deps, auth.clinicId, request.params.id, request.body.version, archived),
        ),
    );
  }

  app.post(
    '/api/clients/:id/consents',
    {
      config: { access: CLIENT_ACCESS.consent, record: 'client' },
      bodyLimit: CLIENT_BODY_LIMIT,
      schema: {
        summary: 'Record consent to treatment with its date and the version of the consent text shown',
        tags,
        params: ClientParams,
        body: ConsentInput,
        response: { 201: Consent },
      },
    },
    async (request, reply) => {
      const consent = await inClinic(
        store,
        request,
        { action: 'clients.consent', recordType: 'client', recordId: request.params.id },
        (tx, auth) => addConsent(tx, store.deps, auth.clinicId, request.params.id, request.body, auth.userId),
      );
      return reply.status(201).send(consent);
    },
  );
}
