/**
 * The report's browser script: sorting, filters with a live count, and jumps to a finding from
 * the cluster map or the address's #hash. The page is complete without it (rows are rendered on
 * the server, the filters stay hidden), so it only adds to what is there, and it tolerates any
 * part being absent (a report without a map, or without findings).
 *
 * `clientMain` is put in the page as its source text (`CLIENT_SCRIPT`), so it must not use
 * anything outside its own body: no imports, no module-level helpers. Its compiled text is the
 * same under tsc, esbuild and vitest, since it uses nothing that they would rewrite for ES2022.
 */
export function clientMain(): void {
  const table = document.getElementById('findings');
  const body = table instanceof HTMLTableElement ? table.tBodies[0] : undefined;
  if (!table || !body) return;
  const rows = Array.from(body.rows).filter((row) => row.classList.contains('finding'));
  const searchText = new Map(rows.map((row) => [row, (row.textContent ?? '').toLowerCase()]));
  const select = (id: string): HTMLSelectElement | undefined => {
    const element = document.getElementById(id);
    return element instanceof HTMLSelectElement ? element : undefined;
  };
  const severity = select('filter-severity');
  const rule = select('filter-rule');
  const node = select('filter-node');
  const textElement = document.getElementById('filter-text');
  const text = textElement instanceof HTMLInputElement ? textElement : undefined;
  const count = document.getElementById('shown-count');
  const noun = count?.dataset['noun'] ?? 'findings';

  const applyFilters = (): void => {
    const wanted = {
      severity: severity?.value ?? '',
      rule: rule?.value ?? '',
      node: node?.value ?? '',
      text: (text?.value ?? '').trim().toLowerCase(),
    };
    let shown = 0;
    for (const row of rows) {
      const visible =
        (wanted.severity === '' || row.dataset['severity'] === wanted.severity) &&
        (wanted.rule === '' || row.dataset['rule'] === wanted.rule) &&
        (wanted.node === '' || row.dataset['node'] === wanted.node) &&
        (wanted.text === '' || (searchText.get(row) ?? '').includes(wanted.text));
      row.hidden = !visible;
      if (visible) shown++;
    }
    if (count) count.textContent = `${shown} of ${rows.length} ${noun} shown`;
  };

  const form = document.getElementById('filters');
  if (form instanceof HTMLFormElement) {
    form.hidden = false;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', applyFilters);
    form.addEventListener('change', applyFilters);
  }

  // A cell sorts by its data-sort-value when it has one (severity rank, position, the message
  // without its details), else by its text; numbers compare as numbers.
  const sortKey = (row: HTMLTableRowElement, column: number): string => {
    const cell = row.cells[column];
    return cell?.dataset['sortValue'] ?? (cell?.textContent ?? '').trim();
  };
  const compare = (a: string, b: string): number => {
    const x = Number(a);
    const y = Number(b);
    if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
  };
  const headers = Array.from(table.querySelectorAll('thead th'));
  for (const header of headers) {
    const button = header.querySelector('button[data-sort]');
    if (!(header instanceof HTMLTableCellElement) || !button) continue;
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      const column = header.cellIndex;
      const keyed = Array.from(body.rows).map((row, index) => ({ row, key: sortKey(row, column), index }));
      // Array.prototype.sort is stable; the index keeps it so when the direction flips, too.
      keyed.sort((a, b) => (ascending ? 1 : -1) * compare(a.key, b.key) || a.index - b.index);
      body.append(...keyed.map((k) => k.row));
      for (const other of headers) other.setAttribute('aria-sort', 'none');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    });
  }

  // A link to a finding (the cluster map, or the #hash when the page opens) shows that row:
  // filters cleared so it is not hidden, scrolled to, focused for the keyboard, and marked.
  const showRow = (id: string): void => {
    const row = document.getElementById(id);
    if (!(row instanceof HTMLTableRowElement) || !rows.includes(row)) return;
    if (form instanceof HTMLFormElement) form.reset();
    applyFilters();
    for (const marked of Array.from(body.querySelectorAll('tr.targeted'))) marked.classList.remove('targeted');
    row.classList.add('targeted');
    row.scrollIntoView({ block: 'center' });
    row.focus({ preventScroll: true });
  };
  const hashTarget = (): string => {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch {
      return '';
    }
  };
  window.addEventListener('hashchange', () => showRow(hashTarget()));
  // A second click on the same map file does not change the hash: the click shows the row again.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const href = link?.getAttribute('href') ?? '';
    if (href.startsWith('#') && link?.closest('#cluster-map')) showRow(href.slice(1));
  });
  if (location.hash !== '') showRow(hashTarget());

  // Printing shows every finding with its details open; afterwards the page is as it was.
  const opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    for (const details of Array.from(document.querySelectorAll('details'))) {
      if (details.open) continue;
      details.open = true;
      opened.push(details);
    }
  });
  window.addEventListener('afterprint', () => {
    for (const details of opened.splice(0)) details.open = false;
  });
}

/** The script element's text: the function above, called at once. */
export const CLIENT_SCRIPT = `(${clientMain.toString()})();`;
