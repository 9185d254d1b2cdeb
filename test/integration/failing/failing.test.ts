import { strict as assert } from 'assert';
import * as vscode from 'vscode';

describe('launcher self-check', () => {
  it('fails on purpose, inside the real VS Code', () => {
    assert.equal(vscode.workspace.workspaceFolders?.length, 1, 'the workspace is open');
    assert.equal(1 + 1, 3, 'this assertion fails on purpose');
  });
});
