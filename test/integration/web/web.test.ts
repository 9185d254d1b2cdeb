/**
 * The browser entry in a browser's web worker extension host (as vscode.dev and github.dev run it):
 * what works there, and the one line a desktop-only command answers. No Node module here.
 */
import * as vscode from 'vscode';
import type { NovaMailWebApi } from '../../../src/extension/browser';
import { SCREENSHOT_MARKER, type ScreenshotRequest } from '../protocol';

const EXTENSION_ID = 'nova-mail.nova-mail';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function folder(): vscode.WorkspaceFolder {
  const first = vscode.workspace.workspaceFolders?.[0];
  check(first, 'the web suite needs a workspace folder');
  return first;
}

const fileUri = (name: string) => vscode.Uri.joinPath(folder().uri, name);
const ours = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nova-mail');
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
/** A file whose one sure problem is its port (587 where Nova uses 25), as bytes to write. */
const WRONG_PORT = new TextEncoder().encode(
  JSON.stringify({
    smtp: { server: 'smtp.visma.local', port: 587, ssl: false },
    sender: { mode: 'personRegister' },
  }),
);
const hasPort = (uri: vscode.Uri) => ours(uri).some((d) => codeOf(d) === 'smtp-port');

/** Resolves once `test` yields a value: checked now and after each event, or fails after `ms`. */
function waitFor<T>(
  test: () => T | undefined,
  event: vscode.Event<unknown>,
  what: string,
  ms = 20_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const attempt = () => {
      const value = test();
      if (value === undefined) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    };
    const subscription = event(attempt);
    attempt();
  });
}

/** Resolves with the first value `attempt` yields, asking every 100 ms, or fails after `ms`. */
async function poll<T>(attempt: () => Promise<T | undefined>, what: () => string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function api(): Promise<NovaMailWebApi> {
  const extension = vscode.extensions.getExtension<NovaMailWebApi>(EXTENSION_ID);
  check(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

async function openChecked(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(name));
  const editor = await vscode.window.showTextDocument(document);
  // Settled: the workspace scan's publications done too, so none lands while a test asks for fixes.
  const extension = await api();
  await extension.whenScanned();
  await extension.whenChecked(document);
  return editor;
}

describe('Nova Mail in a browser (web worker extension host)', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('runs the browser entry in a web worker, with no Node of its own', async () => {
    await api();
    check(typeof (globalThis as { process?: unknown }).process === 'undefined', 'a Node process is here');
    check(
      typeof (globalThis as { importScripts?: unknown }).importScripts === 'function',
      'not a web worker',
    );
    check(folder().uri.scheme !== 'file', `the workspace is ${folder().uri.scheme}:, not the browser's`);
  });

  it('shows every rule on the broken example, with the same words as the desktop', async () => {
    const uri = fileUri('broken.nova-mail.json');
    await openChecked('broken.nova-mail.json');
    const diagnostics = await waitFor(
      () => (ours(uri).length >= 8 ? ours(uri) : undefined),
      vscode.languages.onDidChangeDiagnostics,
      'the broken example’s problems',
    );
    const codes = new Set(diagnostics.map(codeOf));
    for (const rule of ['smtp-server', 'smtp-port', 'smtp-ssl', 'real-password', 'missing-sender-role'])
      check(codes.has(rule), `${rule} missing: ${[...codes].join(', ')}`);
    const port = diagnostics.find((d) => codeOf(d) === 'smtp-port');
    check(port && /port/i.test(port.message) && /25/.test(port.message), port?.message ?? 'no smtp-port');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // test-results/screenshots/web-broken-example.png (docs/images has a copy looked at).
    const request: ScreenshotRequest = { file: 'web-broken-example.png', waitForSelector: '.squiggly-error' };
    console.log(`${SCREENSHOT_MARKER} ${JSON.stringify(request)}`);
  });

  it('offers a quick fix that repairs the value in place', async () => {
    const editor = await openChecked('broken.nova-mail.json');
    const uri = editor.document.uri;
    const port = ours(uri).find((d) => codeOf(d) === 'smtp-port');
    check(port, 'no smtp-port problem');
    // The workbench offers fixes for the problems it has been sent (the squiggles): asked again
    // until they have arrived, as a person clicks the light bulb once a squiggle shows (1 run in
    // about 30 failed here, its message lost).
    let titles: string[] = [];
    const fix = await poll(
      async () => {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          uri,
          port.range,
          vscode.CodeActionKind.QuickFix.value,
          1, // the first action resolved: its edit is computed lazily
        );
        titles = actions.map((action) => action.title);
        return actions.find((action) => action.title.includes('25') && action.edit);
      },
      () => `a fix of the port among the quick fixes: ${titles.join(' | ') || 'none'}`,
    );
    check(fix.edit && (await vscode.workspace.applyEdit(fix.edit)), 'the edit was refused');
    await waitFor(
      () => (/"port":\s*25\b/.test(editor.document.getText()) ? true : undefined),
      vscode.workspace.onDidChangeTextDocument,
      'the port 25 after the fix',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('fixes all with one action, leaving valid JSON', async () => {
    const editor = await openChecked('broken.nova-mail.json');
    const uri = editor.document.uri;
    const before = ours(uri).length;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(0, 0, 0, 0),
      vscode.CodeActionKind.SourceFixAll.value,
    );
    const fixAll = actions.find((action) => action.kind?.value.startsWith('source.fixAll') && action.edit);
    check(fixAll?.edit, `no Fix all among ${actions.map((a) => a.title).join(' | ')}`);
    check(await vscode.workspace.applyEdit(fixAll.edit), 'the edit was refused');
    JSON.parse(editor.document.getText());
    await (await api()).whenChecked(editor.document);
    check(ours(uri).length < before, `still ${ours(uri).length} of ${before} problems`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('lists every nova-mail file of the workspace in the view, excludes honoured', async () => {
    const nodes =
      await vscode.commands.executeCommand<{ file: string; label: string }[]>('novaMail.viewModel');
    const files = nodes.map((node) => node.file);
    // examples/ and the generated clients, but for five in folders files.exclude or search.exclude leave out.
    const expected = await vscode.workspace.findFiles('**/*nova-mail.json', '{**/arkisto/**,**/vanhat/**}');
    check(expected.length >= 60, `the workspace has ${expected.length} files only`);
    check(
      nodes.length === expected.length,
      `the view lists ${nodes.length} of ${expected.length}: ${files.join(', ')}`,
    );
    check(
      !files.some((file) => /arkisto|vanhat/.test(file)),
      `an excluded file is listed: ${files.join(', ')}`,
    );
    check(
      nodes.some((node) => node.label === 'Esimerkki Oy') &&
        nodes.some((node) => /^Asiakas \d+ Oy$/.test(node.label)),
      `company labels are read from the files: ${nodes.map((node) => node.label).join(', ')}`,
    );
  });

  it('checks unopened files through workspace.fs, and none in an excluded folder', async () => {
    await (await api()).whenScanned();
    const broken = fileUri('clients/asiakas-05.nova-mail.json');
    const excluded = fileUri('clients/arkisto/asiakas-91.nova-mail.json');
    check(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === broken.toString()), 'it is open');
    const problems = await waitFor(
      () => (ours(broken).length > 0 ? ours(broken) : undefined),
      vscode.languages.onDidChangeDiagnostics,
      'the unopened client file’s problem',
    );
    check(problems.map(codeOf).join() === 'real-password', problems.map(codeOf).join());
    check(ours(excluded).length === 0, 'an excluded file was checked');
  });

  it('creates a New configuration that lints clean', async () => {
    const testing = (await api()).testing;
    check(testing, 'no testing hooks');
    const created = await testing.newConfiguration({
      company: 'Selain Oy',
      mode: 'defined',
      sender: { address: 'laskutus@selain.fi', name: 'Selain Oy laskutus' },
    });
    check(created, 'nothing created');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
    check(/"company": "Selain Oy"/.test(text), text);
    const document = await vscode.workspace.openTextDocument(created);
    await (await api()).whenChecked(document);
    check(
      ours(created).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).length === 0,
      'problems on a new file',
    );
    await vscode.workspace.fs.delete(created);
  });

  it('shows the Nova entry sheet of a file', async () => {
    const editor = await openChecked('nova-mail.json');
    const outcome = await vscode.commands.executeCommand<{ shown: boolean; markdown: string } | undefined>(
      'novaMail.showEntrySheet',
      editor.document.uri,
    );
    check(outcome?.shown, JSON.stringify(outcome));
    check(
      outcome.markdown.includes('smtp.visma.local') && outcome.markdown.includes('999999teptes'),
      outcome.markdown.slice(0, 300),
    );
  });

  it("shows the one problem of an open empty file, which VS Code's JSON support does not (regression)", async () => {
    const uri = fileUri('tyhja.nova-mail.json');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    try {
      await openChecked('tyhja.nova-mail.json');
      const problems = await waitFor(
        () => (ours(uri).length > 0 ? ours(uri) : undefined),
        vscode.languages.onDidChangeDiagnostics,
        'the empty file’s problem',
      );
      check(problems.map(codeOf).join() === 'parse', problems.map(codeOf).join());
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('says a folder named like a file is not one, with no raw error (regression)', async () => {
    const uri = fileUri('kansio.nova-mail.json');
    await vscode.workspace.fs.createDirectory(uri);
    try {
      const outcome = await vscode.commands.executeCommand('novaMail.showEntrySheet', uri);
      check(outcome === undefined, JSON.stringify(outcome));
    } finally {
      await vscode.workspace.fs.delete(uri, { recursive: true });
    }
  });

  it('takes a comma in an exclude pattern as part of a name (regression: **/c,d hid c/)', async () => {
    const kept = fileUri('globs/c/x.nova-mail.json');
    const excluded = fileUri('globs/c,d/x.nova-mail.json');
    // Made outside and moved in whole: files written into folders just made could be missed by the
    // watcher (CI saw it once) while it starts watching them.
    const outside = vscode.Uri.joinPath(folder().uri, '..', `globs-${Date.now()}`);
    for (const name of ['c', 'c,d'])
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(outside, name, 'x.nova-mail.json'), WRONG_PORT);
    await vscode.workspace.fs.rename(outside, fileUri('globs'));
    // Both are checked when moved in; the exclude then takes c,d/ out, and only it.
    await waitFor(
      () => (hasPort(kept) && hasPort(excluded) ? true : undefined),
      vscode.languages.onDidChangeDiagnostics,
      'both new files’ problems',
    );
    const files = vscode.workspace.getConfiguration('files', folder().uri);
    const before = files.get<Record<string, boolean>>('exclude') ?? {};
    await files.update('exclude', { ...before, '**/c,d': true }, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await waitFor(
        () => (hasPort(kept) && ours(excluded).length === 0 ? true : undefined),
        vscode.languages.onDidChangeDiagnostics,
        'c,d/ excluded and c/ still checked',
      );
    } finally {
      await files.update('exclude', before, vscode.ConfigurationTarget.WorkspaceFolder);
      await vscode.workspace.fs.delete(fileUri('globs'), { recursive: true });
      // The rescan the setting starts ends before the next test creates files (it would forget them).
      await (await api()).whenScanned();
    }
  });

  it('checks a file created with [ ] and { } in its name (regression: never checked)', async () => {
    await (await api()).whenScanned();
    // In the folder's top, which the watcher has long watched (not a folder made just now).
    const uri = fileUri('rt [1] {a,b}.nova-mail.json');
    await vscode.workspace.fs.writeFile(uri, WRONG_PORT);
    try {
      await waitFor(
        () => (hasPort(uri) ? true : undefined),
        vscode.languages.onDidChangeDiagnostics,
        'the created file’s problem',
      );
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('checks the files of a folder moved in whole, and drops them when it moves out (regression: never checked)', async () => {
    const outside = vscode.Uri.joinPath(folder().uri, '..', `kopio-${Date.now()}`);
    const inside = fileUri('siirretty');
    const files = ['siirretty.nova-mail.json', 'alue/syva.nova-mail.json'];
    for (const file of files)
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(outside, file), WRONG_PORT);
    const movedIn = files.map((file) => vscode.Uri.joinPath(inside, file));
    try {
      await vscode.workspace.fs.rename(outside, inside);
      await waitFor(
        () => (movedIn.every(hasPort) ? true : undefined),
        vscode.languages.onDidChangeDiagnostics,
        'the moved-in files’ problems',
      );
      await vscode.workspace.fs.rename(inside, outside);
      await waitFor(
        () => (movedIn.every((uri) => ours(uri).length === 0) ? true : undefined),
        vscode.languages.onDidChangeDiagnostics,
        'nothing left once moved out',
      );
    } finally {
      for (const uri of [inside, outside])
        await Promise.resolve(vscode.workspace.fs.delete(uri, { recursive: true })).catch(() => undefined);
    }
  });

  it('offers no move of an own server password to the secret storage (regression: the edit took it out first)', async () => {
    const uri = fileUri('runtime/oma.nova-mail.json');
    const text = JSON.stringify(
      {
        company: 'Kuusi Oy',
        profile: 'ownServer',
        smtp: { server: 'smtp.gmail.com', port: 587, ssl: true, authentication: 'appPassword' },
        sender: { mode: 'defined', address: 'a@kuusi.fi', username: 'a@kuusi.fi', password: 'Oikea-1' },
      },
      null,
      2,
    );
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const editor = await openChecked('runtime/oma.nova-mail.json');
      const problem = ours(uri).find((d) => codeOf(d) === 'real-password');
      check(problem, `no real-password among ${ours(uri).map(codeOf).join()}`);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        problem.range,
      );
      const titles = actions.map((action) => action.title).join(' | ');
      check(
        actions.some((action) => action.edit && /xxx/.test(action.title)),
        `no fix among ${titles}`,
      );
      check(!actions.some((action) => action.command?.command.startsWith('novaMail.movePassword')), titles);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(fileUri('runtime'), { recursive: true });
    }
  });

  it('answers a desktop-only command in one line that says what to do instead', async () => {
    const line = await vscode.commands.executeCommand<string>('novaMail.sendTestEmail');
    check(typeof line === 'string' && !line.includes('\n'), String(line));
    check(/desktop VS Code/.test(line) && /nova-mail send-test/.test(line), line);
    const dns = await vscode.commands.executeCommand<string>('novaMail.checkDeliverability');
    check(/nova-mail check-dns/.test(dns), dns);
    // Export report: the workbook's library is not in the browser's bundle (its budget).
    const report = await vscode.commands.executeCommand<string>('novaMail.exportReport');
    check(/leaves the Excel workbook's library out/.test(report), report);
    check(/nova-mail report --format xlsx --output report\.xlsx <folder>/.test(report), report);
  });
});
