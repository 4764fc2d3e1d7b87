import { getJson, sendJson } from './client.ts';

/**
 * The typed client of the clinic-settings API (packages/server/src/features/clinic-settings). Shapes
 * mirror the server's zod schemas.
 */

/** GET/PUT /api/clinic/settings. */
export interface ClinicSettings {
  /** The highest rating (0–10) a client is kept at during a guided hold. */
  ratingCap: number;
  /** True while the clinic has not saved its own settings (the defaults apply). */
  isDefault: boolean;
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

/** The cap's bounds (the server's schema enforces the same). */
export const RATING_CAP_CHOICES = [3, 4, 5, 6, 7, 8, 9, 10] as const;

/** Every path this client calls, as the OpenAPI document names them (checked by visits-web-api.int.test.ts). */
export const CLINIC_SETTINGS_API_PATHS = ['GET /api/clinic/settings', 'PUT /api/clinic/settings'] as const;

/** The clinic-settings API. */
export const clinicSettingsApi = {
  get: () => getJson<ClinicSettings>('/api/clinic/settings'),
  save: (version: number, ratingCap: number) =>
    sendJson<ClinicSettings>('PUT', '/api/clinic/settings', { version, ratingCap }),
};
