/**
 * The JSON API under {@code /api/v1}: bearer API tokens (created and revoked at
 * {@code /settings/api-tokens}), the API's own security filter chain, and errors as
 * {@code application/problem+json} (RFC 9457). Features write their own API controllers; this
 * module gives them authentication and error handling.
 */
package dev.cadence.api;
