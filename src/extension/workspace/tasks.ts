import * as vscode from 'vscode';
import { readDeliverabilitySettings, setting } from '../settings/settings';

export const TASK_TYPE = 'nova-mail';
const COMMANDS = ['lint', 'check-dns'] as const;
type TaskCommand = (typeof COMMANDS)[number];

interface NovaMailTaskDefinition extends vscode.TaskDefinition {
  command: TaskCommand;
  /** Files and folders, relative to the workspace folder (default: the whole folder). */
  paths?: string[];
}

/**
 * Tasks of type nova-mail ("lint workspace", "check deliverability") run the CLI shipped in the
 * extension with the stylish format, so the $nova-mail problem matcher puts their problems in the
 * Problems view. Always --lang en: VS Code's problem matchers map only the English severity words.
 */
export function registerTasks(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks: () =>
      (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
        COMMANDS.map((command) => novaMailTask({ type: TASK_TYPE, command }, folder, extensionUri)),
      ),
    resolveTask: (task) => {
      const definition = task.definition as Partial<NovaMailTaskDefinition>;
      const folder = task.scope;
      if (!COMMANDS.includes(definition.command as TaskCommand) || !isFolder(folder)) return undefined;
      return novaMailTask(definition as NovaMailTaskDefinition, folder, extensionUri);
    },
  });
}

/**
 * With `novaMail.scope` `workspace`, the editor already shows every file's problems (and its
 * deliverability results): a task's problem matcher would show each one a second time (48 became
 * 94). The task is then for its terminal, as the CLI is for CI. With `openFiles`, the matcher puts
 * the problems of files no editor shows in the Problems view.
 */
function problemMatchers(folder: vscode.WorkspaceFolder): string[] {
  const scope = setting<string>('novaMail.scope', folder.uri);
  return scope === 'openFiles' ? ['$nova-mail'] : [];
}

function isFolder(scope: vscode.Task['scope']): scope is vscode.WorkspaceFolder {
  return typeof scope === 'object' && scope !== null && 'uri' in scope;
}

function novaMailTask(
  definition: NovaMailTaskDefinition,
  folder: vscode.WorkspaceFolder,
  extensionUri: vscode.Uri,
): vscode.Task {
  const cli = vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath;
  const paths =
    Array.isArray(definition.paths) && definition.paths.length > 0 ? definition.paths.map(String) : ['.'];
  const args = [cli, definition.command, '--format', 'stylish', '--lang', 'en'];
  if (definition.command === 'check-dns') {
    const { relay, dnsServer } = readDeliverabilitySettings(folder.uri);
    args.push('--relay', relay);
    if (dnsServer !== '') args.push('--dns-server', dnsServer);
  }
  // The extension host's own runtime runs the CLI (VS Code's Electron as Node): no Node to install.
  const execution = new vscode.ProcessExecution(process.execPath, [...args, '--', ...paths], {
    cwd: folder.uri.fsPath,
    env: { ELECTRON_RUN_AS_NODE: '1' },
  });
  const name = definition.command === 'lint' ? 'lint workspace' : 'check deliverability';
  const task = new vscode.Task(definition, folder, name, TASK_TYPE, execution, problemMatchers(folder));
  task.group = definition.command === 'lint' ? vscode.TaskGroup.Test : undefined;
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
  return task;
}
