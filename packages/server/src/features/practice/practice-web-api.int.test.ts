import { describe, it } from 'vitest';
import { expectWebClientInOpenApi } from '../../testing/web-client.test-helper.ts';

describe('web API client for practice', () => {
  it('calls only paths and methods of the OpenAPI document', async () => {
    await expectWebClientInOpenApi('practice.ts', 'PRACTICE_API_PATHS', 2);
  });
});
