import type { Provider } from '@nestjs/common';
import { STOR_CONFIG, type StorConfig } from '#platform';
import { DevelopmentTokens, type TokenVerifier } from './bearer-tokens.js';
import { IssuerTokens } from './oidc-tokens.js';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
export const SIGNING_KEY = Symbol('SIGNING_KEY');

/** One verifier per STOR: the issuer's when OpenID Connect is configured (development tokens are then refused), else STOR's own. */
export function tokenVerifierFor(config: StorConfig, signingKey: Uint8Array): TokenVerifier {
  return config.oidc ? new IssuerTokens(config.oidc, config.maxTokenAgeSeconds) : new DevelopmentTokens(signingKey, config.maxTokenAgeSeconds);
}

export const TOKEN_VERIFIER_PROVIDER: Provider = {
  provide: TOKEN_VERIFIER,
  useFactory: tokenVerifierFor,
  inject: [STOR_CONFIG, SIGNING_KEY],
};
