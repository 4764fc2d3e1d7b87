import type { AuthConfig } from './auth/auth-config.ts';
import { SlidingWindowLimiter } from './auth/rate-limiter.ts';
import type { ClinicStore } from '../store/store.ts';

/** What feature routes need: the store (with its clock and ids), account settings and login limiters. */
export interface FeatureContext {
  readonly store: ClinicStore;
  readonly config: AuthConfig;
  readonly limiters: { readonly account: SlidingWindowLimiter; readonly address: SlidingWindowLimiter };
}

/** Builds the context with fresh limiters sized by the config. */
export function featureContext(store: ClinicStore, config: AuthConfig): FeatureContext {
  const windowMs = config.windowMinutes * 60_000;
  return {
    store,
    config,
    limiters: {
      account: new SlidingWindowLimiter(config.accountAttempts, windowMs),
      address: new SlidingWindowLimiter(config.addressAttempts, windowMs),
    },
  };
}
