import * as vscode from 'vscode';

/** A notification with progress and Cancel; Cancel aborts the signal the task is given. */
export function withCancellableProgress<T>(
  title: string,
  task: (signal: AbortSignal) => Promise<T>,
): Thenable<T> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (_progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      return task(abort.signal);
    },
  );
}
