import { describe, it } from 'vitest';
import { expectWebClientInOpenApi } from '../../testing/web-client.test-helper.ts';

describe('web API client for classes', () => {
  it('calls only paths and methods of the OpenAPI document', async () => {
    await expectWebClientInOpenApi('classes.ts', 'CLASSES_API_PATHS', 7);
  });
});
