import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../../../src/core/diagnostic.js';
import { fileDiagnostic } from '../../../src/read/io-result.js';
import { fileStates } from '../../../src/report/html/file-states.js';

const finding = (severity: Severity, ruleId = 'r'): Diagnostic => ({ ...fileDiagnostic(ruleId, 'm'), severity });

describe('fileStates', () => {
  it('gives each path its worst finding over all its checks, clean without any', () => {
    const state = fileStates([
      { path: 'a.cfg', diagnostics: [finding('info')] },
      { path: 'a.cfg', diagnostics: [finding('warning'), finding('info')] },
      { path: 'b.cfg', diagnostics: [] },
      { path: 'c.cfg', diagnostics: [finding('info'), finding('error')] },
    ]);
    expect(['a.cfg', 'b.cfg', 'c.cfg'].map(state)).toEqual(['warning', 'clean', 'error']);
  });

  it('calls a file unread when it could not be read, or was not checked', () => {
    const state = fileStates([{ path: 'gone.cfg', diagnostics: [finding('error', 'io')] }]);
    expect(state('gone.cfg')).toBe('unread');
    expect(state('never.cfg')).toBe('unread');
  });
});
