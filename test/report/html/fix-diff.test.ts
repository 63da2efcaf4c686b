import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostic.js';
import { fileDiagnostic } from '../../../src/read/io-result.js';
import { diffHtml, remedyHtml } from '../../../src/report/html/fix-diff.js';

const finding = (extra: Partial<Diagnostic>): Diagnostic => ({ ...fileDiagnostic('r', 'm'), ...extra });

describe('diffHtml', () => {
  it('puts removed lines in <del>, added ones in <ins>, and marks the words that changed in a replaced line', () => {
    const diff = ['diff --git a/p.cfg b/p.cfg', '--- a/p.cfg', '+++ b/p.cfg', '@@ -1,2 +1,2 @@', ' keep', '-name=a,state=<x>,b=1', '+name=a,b=1', ''].join('\n');
    expect(diffHtml(diff)).toBe(
      '<pre class="fix-diff"><span class="file-line">diff --git a/p.cfg b/p.cfg</span>\n<span class="file-line">--- a/p.cfg</span>\n' +
        '<span class="file-line">+++ b/p.cfg</span>\n<span class="hunk">@@ -1,2 +1,2 @@</span>\n keep\n' +
        '<del>-name=a,<b class="change">state=&lt;x&gt;,</b>b=1</del>\n<ins>+name=a,b=1</ins></pre>',
    );
  });

  it('shows carriage returns as a symbol, not as line breaks', () => {
    expect(diffHtml('@@ -1 +1 @@\n-a=1\r\n+a=2\r\n')).toBe('<pre class="fix-diff"><span class="hunk">@@ -1 +1 @@</span>\n<del>-a=<b class="change">1</b>\u240d</del>\n<ins>+a=<b class="change">2</b>\u240d</ins></pre>');
  });

  it('leaves lines that do not pair up unmarked', () => {
    expect(diffHtml('@@ -1 +1,2 @@\n-a\n+b\n+c\n')).toBe('<pre class="fix-diff"><span class="hunk">@@ -1 +1,2 @@</span>\n<del>-a</del>\n<ins>+b</ins>\n<ins>+c</ins></pre>');
  });
});

describe('remedyHtml', () => {
  const source = 'name=a,state=Running,b=1\n';
  const edits = [{ span: { start: 7, end: 21 }, text: '' }];

  it('labels a fix safe or unsafe and shows the diff of applying it alone', () => {
    const html = remedyHtml('p.cfg', source, finding({ fix: { description: 'remove <state>', safe: true, edits } }));
    expect(html).toContain('<p class="remedy"><span class="remedy-label">fix:</span> remove &lt;state&gt;</p>');
    expect(html).toContain('<del>-name=a,<b class="change">state=Running,</b>b=1</del>');
    expect(remedyHtml('p.cfg', source, finding({ fix: { description: 'd', safe: false, edits } }))).toContain('unsafe fix:');
  });

  it('shows a suggestion, and nothing for a finding with neither', () => {
    expect(remedyHtml('p.cfg', source, finding({ suggestion: 'set <it>' }))).toBe('<p class="remedy"><span class="remedy-label">suggestion:</span> set &lt;it&gt;</p>');
    expect(remedyHtml('p.cfg', source, finding({}))).toBe('');
  });

  it('has no diff for a fix without edits', () => {
    expect(remedyHtml('p.cfg', source, finding({ fix: { description: 'd', safe: true, edits: [] } }))).not.toContain('fix-diff');
  });
});
