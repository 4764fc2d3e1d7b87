import { describe, it } from 'vitest';
import { expectWebClientInOpenApi } from '../../testing/web-client.test-helper.ts';

describe('web API client for clients and intake', () => {
  it('calls only paths and methods of the OpenAPI document', async () => {
    await expectWebClientInOpenApi('clients.ts', 'CLIENTS_API_PATHS', 12);
  });
});
