// Filling idemeum's user-source and Managed password app forms with the three values, by their labels.
// Dropdowns are chosen first because they reveal the credential fields.
import { roleOf } from '../dom/accessible-name';
import { findFieldByLabel } from '../dom/find';
import type { VerifiedDomain } from '../entra/check-result';
import { idemeumLabels, idemeumOptions } from './idemeum-labels';
import { chooseOption, isControl, openListOption, setControlledValue } from './set-value';

export type IdemeumForm = 'userSource' | 'jit';

export interface FillValues {
  tenantId: string;
  clientId: string;
  secret: string;
  domains: VerifiedDomain[];
}

export interface FillReport {
  filled: string[];
  /** What could not be done, in words: the admin finishes it by hand, the guide highlights it. */
  problems: string[];
}

const waitFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 50));

async function waitForField(doc: Document, label: RegExp, timeoutMs: number): Promise<HTMLElement | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const field = findFieldByLabel(doc, label);
    if (field || Date.now() > end) return field;
    await waitFrame();
  }
}

/** A dropdown drawn as a combobox button with a list that opens under it: open it, click the option. */
async function chooseFromList(doc: Document, box: HTMLElement, option: RegExp): Promise<boolean> {
  const shows = () => option.test((box.textContent ?? '').trim());
  if (shows()) return true;
  if (box.getAttribute('aria-expanded') !== 'true') box.click();
  // The list opens, then the choice shows in the box, each maybe a render later.
  let clicked = false;
  const end = Date.now() + 1500;
  while (Date.now() <= end) {
    if (clicked && shows()) return true;
    const found = clicked ? undefined : openListOption(doc, option);
    if (found) {
      found.click();
      clicked = true;
    }
    await waitFrame();
  }
  return shows();
}

async function choose(doc: Document, label: RegExp, option: RegExp, name: string, report: FillReport) {
  const field = await waitForField(doc, label, 1500);
  const chosen =
    field instanceof HTMLSelectElement
      ? chooseOption(field, option)
      : field && roleOf(field) === 'combobox' && !(field instanceof HTMLInputElement)
        ? await chooseFromList(doc, field, option)
        : undefined; // Not on this console version: nothing to choose.
  if (chosen === undefined) return;
  if (chosen) report.filled.push(name);
  else report.problems.push(`Choose “${name}” in ${label.source.replace(/[\\^$()|?]/g, '')} yourself.`);
}

async function type(doc: Document, label: RegExp, value: string, name: string, report: FillReport) {
  const field = await waitForField(doc, label, 3000);
  if (!isControl(field)) {
    report.problems.push(`Could not find the “${name}” field on this page.`);
    return;
  }
  if (setControlledValue(field, value)) report.filled.push(name);
  else report.problems.push(`The “${name}” field did not take the value.`);
}

/** The domain idemeum should use: the default verified domain, else the initial one, managed only. */
export function preferredDomain(domains: VerifiedDomain[]): string | undefined {
  const managed = domains.filter((d) => d.type === 'Managed');
  return (managed.find((d) => d.isDefault) ?? managed.find((d) => d.isInitial) ?? managed[0])?.name;
}

export async function fillIdemeumForm(doc: Document, form: IdemeumForm, values: FillValues): Promise<FillReport> {
  const report: FillReport = { filled: [], problems: [] };
  if (form === 'userSource') {
    await choose(doc, idemeumLabels.userSource, idemeumOptions.entraSource, 'entraid', report);
  } else {
    await choose(doc, idemeumLabels.applicationType, idemeumOptions.webApplication, 'Web application', report);
    await choose(doc, idemeumLabels.credentials, idemeumOptions.entraOidc, 'Entra ID OIDC credentials', report);
  }
  await type(doc, idemeumLabels.tenantId, values.tenantId, 'Directory (tenant) ID', report);
  await type(doc, idemeumLabels.clientId, values.clientId, 'Application (client) ID', report);
  await type(doc, idemeumLabels.secret, values.secret, 'Client secret value', report);
  if (form === 'userSource') {
    const domain = preferredDomain(values.domains);
    const field = findFieldByLabel(doc, idemeumLabels.onboardingDomain);
    if (domain && isControl(field) && !field.value) {
      if (
        field instanceof HTMLSelectElement
          ? chooseOption(field, new RegExp(`^${domain.replace(/\./g, '\\.')}$`))
          : setControlledValue(field, domain)
      ) {
        report.filled.push('Domain for user onboarding');
      }
    }
  }
  return report;
}

/** After Validate, the JIT form offers the provisioning domain: pick the default managed domain. */
export function choosePreferredProvisioningDomain(doc: Document, domains: VerifiedDomain[]): boolean {
  const field = findFieldByLabel(doc, idemeumLabels.provisioningDomain);
  const domain = preferredDomain(domains);
  if (!(field instanceof HTMLSelectElement) || !domain) return false;
  return chooseOption(field, new RegExp(`^${domain.replace(/\./g, '\\.')}$`));
}
