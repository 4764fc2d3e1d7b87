import type { FastifyZodApp } from '../../http/fastify-zod.ts';
import { inClinic } from '../clients/in-clinic.ts';
import type { FeatureContext } from '../context.ts';
import { CLINIC_SETTINGS_ACCESS } from './access.ts';
import { getClinicSettings, saveClinicSettings } from './repository.ts';
import { ClinicSettings, ClinicSettingsUpdate } from './schema.ts';

/** The clinic's own settings (today the guided hold's rating cap): any staff reads, the owner changes. */
export function clinicSettingsRoutes(app: FastifyZodApp, ctx: FeatureContext): void {
  const { store } = ctx;
  const tags = ['clinic'];
  const audited = (action: string) => ({
    action,
    recordType: 'clinic-settings',
    recordId: (s: ClinicSettings) => (s.version === 0 ? 'default' : `v${s.version}`),
  });

  app.get(
    '/api/clinic/settings',
    {
      config: { access: CLINIC_SETTINGS_ACCESS.read },
      schema: {
        summary: 'The clinic’s settings: the highest pressure rating (3–10) the guided hold keeps clients at',
        tags,
        response: { 200: ClinicSettings },
      },
    },
    (request) =>
      inClinic(store, request, audited('clinic.settings.read'), (tx, auth) =>
        getClinicSettings(tx, auth.clinicId),
      ),
  );

  app.put(
    '/api/clinic/settings',
    {
      config: { access: CLINIC_SETTINGS_ACCESS.update },
      bodyLimit: 1024,
      schema: {
        summary: 'Change the clinic’s settings (owner); 409 with the current version when stale',
        tags,
        body: ClinicSettingsUpdate,
        response: { 200: ClinicSettings },
      },
    },
    (request) =>
      inClinic(store, request, audited('clinic.settings.write'), (tx, auth) =>
        saveClinicSettings(tx, store.deps, auth.clinicId, request.body, auth.userId),
      ),
  );
}
