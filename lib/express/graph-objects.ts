// The Graph objects express setup and the diagnostics read, as zod schemas (only the fields used).
import { z } from 'zod';

export const ResourceAccess = z.object({ id: z.string(), type: z.string() });

export const RequiredResourceAccess = z.object({
  resourceAppId: z.string(),
  resourceAccess: z.array(ResourceAccess),
});
export type RequiredResourceAccess = z.infer<typeof RequiredResourceAccess>;

export const PasswordCredential = z.object({
  keyId: z.string(),
  displayName: z.string().nullish(),
  hint: z.string().nullish(),
  endDateTime: z.string().nullish(),
});
export type PasswordCredential = z.infer<typeof PasswordCredential>;

export const Application = z.object({
  id: z.string(),
  appId: z.string(),
  displayName: z.string().nullish(),
  createdDateTime: z.string().nullish(),
  signInAudience: z.string().nullish(),
  tags: z.array(z.string()).default([]),
  requiredResourceAccess: z.array(RequiredResourceAccess).default([]),
  passwordCredentials: z.array(PasswordCredential).default([]),
});
export type Application = z.infer<typeof Application>;

export const ApplicationList = z.object({ value: z.array(Application) });

export const ServicePrincipal = z.object({ id: z.string(), appId: z.string(), displayName: z.string().nullish() });
export type ServicePrincipal = z.infer<typeof ServicePrincipal>;

export const ResourceServicePrincipal = ServicePrincipal.extend({
  appRoles: z.array(z.object({ id: z.string(), value: z.string().nullish() })).default([]),
  oauth2PermissionScopes: z.array(z.object({ id: z.string(), value: z.string().nullish() })).default([]),
});
export type ResourceServicePrincipal = z.infer<typeof ResourceServicePrincipal>;

export const AppRoleAssignments = z.object({
  value: z.array(z.object({ appRoleId: z.string(), resourceId: z.string() })),
});
export type AppRoleAssignment = z.infer<typeof AppRoleAssignments>['value'][number];

export const DirectoryObjects = z.object({ value: z.array(z.object({ id: z.string() })) });

export const AddedPassword = z.object({
  secretText: z.string(),
  endDateTime: z.string(),
});

/** The single quote doubled, as OData string literals want it. */
export function odataString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
