import { describe, expect, it } from 'vitest';
import { CLIENT_SCRIPT } from '../../../src/report/html/client.js';

describe('the page script', () => {
  it('is one function called at once, with nothing that would end the script element', () => {
    expect(CLIENT_SCRIPT).toMatch(/^\(function clientMain\(\) \{[\s\S]*\}\)\(\);$/);
    expect(CLIENT_SCRIPT).not.toMatch(/<\/|<!--/);
    expect(() => new Function(CLIENT_SCRIPT)).not.toThrow();
  });

  it('uses nothing from outside its body and logs nothing', () => {
    expect(CLIENT_SCRIPT).not.toMatch(/\b(import|require|console|__name|eval)\b/);
  });

  it('does nothing, and throws nothing, on a page without a findings table', () => {
    const globals = {
      document: { getElementById: () => null },
      window: {},
      location: { hash: '' },
      HTMLTableElement: class {},
      HTMLSelectElement: class {},
      HTMLInputElement: class {},
      HTMLFormElement: class {},
      HTMLTableRowElement: class {},
      HTMLTableCellElement: class {},
      HTMLDetailsElement: class {},
      Element: class {},
    };
    const run = new Function(...Object.keys(globals), CLIENT_SCRIPT);
    expect(() => run(...Object.values(globals))).not.toThrow();
  });
});
