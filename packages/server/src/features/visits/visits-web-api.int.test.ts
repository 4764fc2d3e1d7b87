import { describe, it } from 'vitest';
import { expectWebClientInOpenApi } from '../../testing/web-client.test-helper.ts';

describe('web API client for visits', () => {
  it('calls only paths and methods of the OpenAPI document', async () => {
    await expectWebClientInOpenApi('visits.ts', 'VISITS_API_PATHS', 15);
  });
});
