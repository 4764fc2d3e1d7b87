import { describe, expect, it } from 'vitest';
import { expectWebClientInOpenApi } from '../../testing/web-client.test-helper.ts';

describe('web API client for clinic settings', () => {
  it('calls only paths and methods of the OpenAPI document, whose body schema bounds the cap', async () => {
    const doc = await expectWebClientInOpenApi('clinic-settings.ts', 'CLINIC_SETTINGS_API_PATHS', 2);
    const put = doc.paths['/api/clinic/settings']?.put as Record<string, any> | undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
    const body = put?.requestBody?.content?.['application/json']?.schema;
    expect(body?.properties?.ratingCap).toMatchObject({ minimum: 3, maximum: 10 });
  });
});
