// The two console versions' wording (FACTS.md §6). Labels differ slightly on purpose: the extension must
// match them loosely. The browser code receives the chosen wording with the session.
export type WordingName = 'current' | 'classic';

export interface Option {
  value: string;
  text: string;
}

export interface Wording {
  name: WordingName;
  /** The user source value (and its visible text) for Entra ID. */
  entraSource: string;
  userSources: Option[];
  childTenants: string;
  childTenantsPath: string;
  applicationTypes: Option[];
  /** Credential choices per application type value. */
  credentialsByType: Record<string, Option[]>;
  jitDurations: Option[];
  entraRoles: string[];
  labels: {
    userSource: string;
    tenantId: string;
    clientId: string;
    clientSecret: string;
    onboardingDomain: string;
    appName: string;
    applicationType: string;
    credentials: string;
    disableJitAfter: string;
    provisioningDomain: string;
    groupMapping: string;
    role: string;
    addLaps: string;
    lapsUsername: string;
    secondLapsUsername: string;
  };
}

export const ENTRA_CREDENTIALS = 'entra-oidc';
export const PASSWORD_CREDENTIALS = 'password';

const jitDurations: Option[] = [
  { value: '1', text: '1 hour' },
  { value: '4', text: '4 hours (default)' },
  { value: '8', text: '8 hours' },
  { value: '24', text: '24 hours' },
];

const entraRoles = [
  'Global Administrator',
  'Privileged Role Administrator',
  'User Administrator',
  'Helpdesk Administrator',
  'Security Administrator',
  'Exchange Administrator',
  'Intune Administrator',
];

function otherSources(): Option[] {
  return [
    { value: 'google-workspace', text: 'Google Workspace' },
    { value: 'okta', text: 'Okta' },
  ];
}

const current: Wording = {
  name: 'current',
  entraSource: 'entraid',
  userSources: [
    { value: 'idemeum', text: 'idemeum directory' },
    { value: 'entraid', text: 'entraid' },
    ...otherSources(),
  ],
  childTenants: 'Customers',
  childTenantsPath: 'customers',
  applicationTypes: [
    { value: 'web', text: 'Web application' },
    { value: 'desktop', text: 'Desktop application' },
    { value: 'rdp', text: 'Remote desktop (RDP)' },
    { value: 'ssh', text: 'SSH server' },
  ],
  credentialsByType: {
    web: [
      { value: PASSWORD_CREDENTIALS, text: 'Username and password' },
      { value: ENTRA_CREDENTIALS, text: 'Entra ID OIDC credentials' },
    ],
    desktop: [{ value: PASSWORD_CREDENTIALS, text: 'Username and password' }],
    rdp: [{ value: PASSWORD_CREDENTIALS, text: 'Username and password' }],
    ssh: [{ value: PASSWORD_CREDENTIALS, text: 'Username and password' }],
  },
  jitDurations,
  entraRoles,
  labels: {
    userSource: 'User source',
    tenantId: 'Directory (tenant) ID',
    clientId: 'Application (client) ID',
    clientSecret: 'Client secret value',
    onboardingDomain: 'Domain for user onboarding',
    appName: 'Name',
    applicationType: 'Application type',
    credentials: 'Credentials',
    disableJitAfter: 'Disable JIT accounts after',
    provisioningDomain: 'Provisioning domain',
    groupMapping: 'Group mapping',
    role: 'Role',
    addLaps: 'Add LAPS account',
    lapsUsername: 'LAPS account username',
    secondLapsUsername: 'Second LAPS account username',
  },
};

const classic: Wording = {
  name: 'classic',
  entraSource: 'azuread',
  userSources: [
    { value: 'idemeum', text: 'idemeum directory' },
    { value: 'azuread', text: 'azuread' },
    ...otherSources(),
  ],
  childTenants: 'Tenants',
  childTenantsPath: 'tenants',
  applicationTypes: [
    { value: 'web', text: 'Web' },
    { value: 'desktop', text: 'Desktop' },
    { value: 'rdp', text: 'RDP' },
  ],
  credentialsByType: {
    web: [
      { value: PASSWORD_CREDENTIALS, text: 'Username / password' },
      { value: ENTRA_CREDENTIALS, text: 'Entra OIDC credentials' },
    ],
    desktop: [{ value: PASSWORD_CREDENTIALS, text: 'Username / password' }],
    rdp: [{ value: PASSWORD_CREDENTIALS, text: 'Username / password' }],
  },
  jitDurations,
  entraRoles,
  labels: {
    userSource: 'User source',
    tenantId: 'Tenant ID',
    clientId: 'Client ID',
    clientSecret: 'Client secret',
    onboardingDomain: 'User onboarding domain',
    appName: 'Application name',
    applicationType: 'Application type',
    credentials: 'Credentials',
    disableJitAfter: 'Keep JIT accounts enabled for',
    provisioningDomain: 'Domain for technician accounts',
    groupMapping: 'Role mapping group',
    role: 'Entra role',
    addLaps: 'Add LAPS account',
    lapsUsername: 'LAPS username',
    secondLapsUsername: 'Second LAPS username',
  },
};

export function wordingFor(classicHost: boolean): Wording {
  return classicHost ? classic : current;
}
