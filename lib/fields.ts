// The three values by name, and how people call them. Kept free of zod so that pages can use it.
export const CREDENTIAL_FIELDS = ['tenantId', 'clientId', 'secret'] as const;
export type CredentialField = (typeof CREDENTIAL_FIELDS)[number];

export const fieldLabels: Record<CredentialField, string> = {
  tenantId: 'Directory (tenant) ID',
  clientId: 'Application (client) ID',
  secret: 'Client secret value',
};
