// The three values by name. Kept free of zod so that pages can use it.
export const CREDENTIAL_FIELDS = ['tenantId', 'clientId', 'secret'] as const;
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number];
