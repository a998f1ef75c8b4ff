// Finding a form's first field and its primary button without words: never in the page's header,
// navigation or search, and only in the open pane while one is open.
import { afterEach, describe, expect, it } from 'vitest';
import { firstTextbox, onlyPrimaryButton } from '../../lib/dom/structure';

const BLUE = 'style="background-color: rgb(15, 108, 189)"';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a form found by structure', () => {
  it('skips the header, navigation and search before the blade', () => {
    document.body.innerHTML = `
      <header><input type="text" aria-label="h"><button ${BLUE}>Copilot</button></header>
      <nav><input type="text" aria-label="n"></nav>
      <div role="search"><input type="text" aria-label="s"></div>
      <div role="searchbox" contenteditable="true"></div>
      <div><input type="text" aria-label="field"><button>Cancel</button><button ${BLUE}>Go</button></div>`;
    expect(firstTextbox(document)?.getAttribute('aria-label')).toBe('field');
    expect(onlyPrimaryButton(document)?.textContent).toBe('Go');
  });

  it('keeps a blade’s own header, inside its region', () => {
    document.body.innerHTML = `<main><header><input type="text" aria-label="field"></header></main>`;
    expect(firstTextbox(document)?.getAttribute('aria-label')).toBe('field');
  });

  it('looks in the open pane only while one is open', () => {
    document.body.innerHTML = `
      <div><input type="text" aria-label="filter"><button ${BLUE}>New</button></div>
      <div role="dialog" aria-label="pane"><input type="text" aria-label="field"><button ${BLUE}>Add</button></div>`;
    expect(firstTextbox(document)?.getAttribute('aria-label')).toBe('field');
    expect(onlyPrimaryButton(document)?.textContent).toBe('Add');
  });
});
