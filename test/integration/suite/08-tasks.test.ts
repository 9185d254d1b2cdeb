import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { waitFor, withSettings, workspaceUri } from '../helpers';

const CLI_SOURCE = 'nova-mail (CLI)';

function fromCli(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === CLI_SOURCE);
}

describe('Tasks: the nova-mail task provider and the $nova-mail problem matcher', () => {
  it('offers "lint workspace" and "check deliverability" for the folder', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'nova-mail' });
    assert.deepEqual(tasks.map((task) => task.name).sort(), ['check deliverability', 'lint workspace']);
  });

  it('with the whole workspace checked, the tasks add no matcher: no problem is shown twice (regression: 48 -> 94)', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'nova-mail' });
    assert.deepEqual(
      tasks.map((task) => task.problemMatchers),
      [[], []],
    );
  });

  it('with openFiles, a task with $nova-mail puts the CLI problems of files no editor shows in the Problems view', async () => {
    const restore = await withSettings({ scope: 'openFiles' });
    try {
      await lintTaskShowsProblems();
    } finally {
      await restore();
    }
  });
});

async function lintTaskShowsProblems(): Promise<void> {
  const [lint] = (await vscode.tasks.fetchTasks({ type: 'nova-mail' })).filter(
    (task) => task.name === 'lint workspace',
  );
  assert.deepEqual(lint.problemMatchers, ['$nova-mail']);
  const ended = new Promise<number | undefined>((resolve) => {
    const subscription = vscode.tasks.onDidEndTaskProcess((event) => {
      if (event.execution.task.name !== lint.name) return;
      subscription.dispose();
      resolve(event.exitCode);
    });
  });
  await vscode.tasks.executeTask(lint);
  assert.equal(await ended, 1, 'lint exits 1: the workspace has error-severity problems');
  const password = workspaceUri('clients/asiakas-05.nova-mail.json');
  const port = workspaceUri('clients/asiakas-10.nova-mail.json');
  const seen = await waitFor(
    () => {
      const [a, b] = [fromCli(password), fromCli(port)];
      return a.length > 0 && b.length > 0 ? [a, b] : undefined;
    },
    (listener) => vscode.languages.onDidChangeDiagnostics(listener),
    'the task problems',
    30_000,
  );
  const [passwordProblem] = seen[0];
  const [portProblem] = seen[1];
  assert.equal(passwordProblem.code, 'real-password');
  assert.equal(passwordProblem.severity, vscode.DiagnosticSeverity.Error);
  assert.equal(portProblem.code, 'smtp-port');
  assert.equal(portProblem.severity, vscode.DiagnosticSeverity.Warning);
  // The matcher's 1-based line and column land on the port's value (0-based in the API).
  assert.deepEqual([portProblem.range.start.line, portProblem.range.start.character], [4, 12]);
  // The CLI finds files as `nova-mail lint` does (files.exclude is VS Code's, not the CLI's).
  assert.equal(fromCli(workspaceUri('clients/arkisto/asiakas-91.nova-mail.json'))[0]?.code, 'real-password');
}
