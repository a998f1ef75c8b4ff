// The labels of idemeum's forms, matched loosely: wording differs between console versions
// (FACTS.md §6: "entraid"/"azuread", "Web application"/"Web", "Entra ID OIDC credentials"/"Entra OIDC credentials").
export const idemeumLabels = {
  tenantId: /^(Directory \(tenant\) ID|Tenant ID|Directory ID)\b/i,
  clientId: /^(Application \(client\) ID|Client ID|Application ID)\b/i,
  secret: /^Client secret( value)?\b/i,
  userSource: /^User source\b/i,
  onboardingDomain: /^(Domain for user onboarding|User onboarding domain)\b/i,
  appName: /^(Name|Application name)\b/i,
  applicationType: /^Application type\b/i,
  credentials: /^Credentials\b/i,
  jitDisable: /^(Disable JIT accounts after|Keep JIT accounts enabled for)\b/i,
  provisioningDomain: /^(Provisioning domain|Domain for technician accounts)\b/i,
  groupMapping: /^(Group mapping|Role mapping group)\b/i,
} as const;

export const idemeumOptions = {
  entraSource: /^(entraid|azuread)$/i,
  webApplication: /^Web( application)?$/i,
  entraOidc: /^Entra (ID )?OIDC credentials$/i,
} as const;

/** The console's names for its fields, options, buttons and menus, quoted to the admin as the console shows them. */
export const idemeumNames = {
  userSource: 'User source',
  entraSource: 'entraid',
  applicationType: 'Application type',
  webApplication: 'Web application',
  credentials: 'Credentials',
  entraOidc: 'Entra ID OIDC credentials',
  tenantId: 'Directory (tenant) ID',
  clientId: 'Application (client) ID',
  secret: 'Client secret value',
  onboardingDomain: 'Domain for user onboarding',
  users: 'Users',
  applications: 'Applications',
  addApplication: 'Add application',
  managedPasswordApp: 'Managed password app',
  appName: 'Name',
  provisioningDomain: 'Provisioning domain',
  save: 'Save',
  validate: 'Validate',
  appSaved: 'Application saved',
} as const;

export const idemeumButtons = {
  save: /^Save$/i,
  validate: /^Validate$/i,
  addApplication: /^Add application$/i,
  managedPasswordApp: /^Managed password app\b/i,
  users: /^Users$/i,
  userSourcePage: /^User source$/i,
  applications: /^Applications$/i,
} as const;

export const idemeumMessages = {
  userSourceSaved: /^User source saved\b/i,
  appSaved: /^Application saved\b/i,
  validated: /^Credentials validated\b/i,
} as const;
