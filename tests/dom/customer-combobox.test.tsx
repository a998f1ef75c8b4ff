// The customer picker follows the WAI-ARIA combobox pattern (list autocomplete): what a screen reader is
// told, what the keys do, and that only the latest query's answer is shown.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CustomerCombobox } from '../../components/CustomerCombobox';
import type { Profile } from '../../lib/profiles/profile';
import { searchCustomers } from '../../lib/profiles/search';
import { generateCustomers } from '../support/customers';

afterEach(cleanup);

const customers: Profile[] = generateCustomers(2_000, { prefix: 'dom' }).map((c) => ({ ...c, remindersSent: [] }));
const search = async (query: string, limit: number) => searchCustomers(customers, [], query, limit);

function show(searchFn = search) {
  const onSelect = vi.fn();
  render(<CustomerCombobox search={searchFn} onSelect={onSelect} />);
  return { onSelect, box: screen.getByRole('combobox', { name: 'Find a customer' }) };
}

describe('CustomerCombobox', () => {
  it('is a combobox controlling a listbox, collapsed until used', () => {
    const { box } = show();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    const listbox = document.getElementById(box.getAttribute('aria-controls') ?? '');
    expect(listbox?.getAttribute('role')).toBe('listbox');
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
  });

  it('filters 2,000 as one types and renders at most 20 options, saying how many match', async () => {
    const { box } = show();
    fireEvent.input(box, { target: { value: 'dom1' } });
    await screen.findByText('20 of 1,000 customers shown: type to narrow.');
    expect(screen.getAllByRole('option')).toHaveLength(20);
    expect(box.getAttribute('aria-expanded')).toBe('true');
  });

  it('arrows move the active option (wrapping), Enter chooses it, Escape closes and then clears', async () => {
    const { box, onSelect } = show();
    fireEvent.input(box, { target: { value: 'Customer dom 000' } });
    await screen.findByText('9 customers.');
    const options = screen.getAllByRole('option');
    expect(options.length).toBe(9);
    const activeIs = (option: HTMLElement) => {
      expect(box.getAttribute('aria-activedescendant')).toBe(option.id);
      expect(option.getAttribute('aria-selected')).toBe('true');
    };
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    activeIs(options[8]!);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    activeIs(options[0]!);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    activeIs(options[1]!);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    activeIs(options[8]!);
    expect(options.filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(customers[8]!.id);
    expect(box.getAttribute('aria-expanded')).toBe('false');

    fireEvent.input(box, { target: { value: 'dom' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('dom');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('shows the answer to the latest query even when an older one arrives after it', async () => {
    let releaseFirst: () => void = () => {};
    const slowFirst = async (query: string, limit: number) => {
      if (query === 'dom0') await new Promise<void>((r) => (releaseFirst = r));
      return search(query, limit);
    };
    const { box } = show(slowFirst);
    fireEvent.input(box, { target: { value: 'dom0' } });
    fireEvent.input(box, { target: { value: customers[1500]!.domain! } });
    await screen.findByRole('option', { name: new RegExp(`^${customers[1500]!.label}`) });
    releaseFirst();
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getAllByRole('option').map((o) => o.id)).toEqual([`customer-option-${customers[1500]!.id}`]);
  });
});
