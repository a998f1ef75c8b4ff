// Filling idemeum's user-source and Managed password app forms with the three values, by their labels.
// Dropdowns are chosen first because they reveal the credential fields.
import { roleOf } from '../dom/accessible-name';
import { findFieldByLabel } from '../dom/find';
import type { VerifiedDomain } from '../entra/check-result';
import { t } from '../i18n/t';
import { idemeumLabels, idemeumNames, idemeumOptions } from './idemeum-labels';
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

type Field = keyof typeof idemeumLabels & keyof typeof idemeumNames;
type Option = keyof typeof idemeumOptions;

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

async function choose(doc: Document, field: Field, option: Option, report: FillReport) {
  const control = await waitForField(doc, idemeumLabels[field], 1500);
  const wanted = idemeumOptions[option];
  const chosen =
    control instanceof HTMLSelectElement
      ? chooseOption(control, wanted)
      : control && roleOf(control) === 'combobox' && !(control instanceof HTMLInputElement)
        ? await chooseFromList(doc, control, wanted)
        : undefined; // Not on this console version: nothing to choose.
  if (chosen === undefined) return;
  const name = idemeumNames[option];
  if (chosen) report.filled.push(name);
  else report.problems.push(t('fill_choose_yourself', { option: name, field: idemeumNames[field] }));
}

async function type(doc: Document, field: Field, value: string, report: FillReport) {
  const control = await waitForField(doc, idemeumLabels[field], 3000);
  const name = idemeumNames[field];
  if (!isControl(control)) {
    report.problems.push(t('fill_field_not_found', { field: name }));
    return;
  }
  if (setControlledValue(control, value)) report.filled.push(name);
  else report.problems.push(t('fill_field_refused', { field: name }));
}

/** The domain idemeum should use: the default verified domain, else the initial one, managed only. */
export function preferredDomain(domains: VerifiedDomain[]): string | undefined {
  const managed = domains.filter((d) => d.type === 'Managed');
  return (managed.find((d) => d.isDefault) ?? managed.find((d) => d.isInitial) ?? managed[0])?.name;
}

export async function fillIdemeumForm(doc: Document, form: IdemeumForm, values: FillValues): Promise<FillReport> {
  const report: FillReport = { filled: [], problems: [] };
  if (form === 'userSource') {
    await choose(doc, 'userSource', 'entraSource', report);
  } else {
    await choose(doc, 'applicationType', 'webApplication', report);
    await choose(doc, 'credentials', 'entraOidc', report);
  }
  await type(doc, 'tenantId', values.tenantId, report);
  await type(doc, 'clientId', values.clientId, report);
  await type(doc, 'secret', values.secret, report);
  if (form === 'userSource') {
    const domain = preferredDomain(values.domains);
    const field = findFieldByLabel(doc, idemeumLabels.onboardingDomain);
    if (domain && isControl(field) && !field.value) {
      if (
        field instanceof HTMLSelectElement
          ? chooseOption(field, new RegExp(`^${domain.replace(/\./g, '\\.')}$`))
          : setControlledValue(field, domain)
      ) {
        report.filled.push(idemeumNames.onboardingDomain);
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
