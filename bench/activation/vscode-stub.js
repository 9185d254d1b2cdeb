// A stand-in for the VS Code API, for timing the load and activate() of dist/extension.js outside
// VS Code. Whatever the extension touches exists: any missing name is a callable, constructible,
// subclassable no-op (so a new use of the API never breaks the benchmark). The few values that
// decide what activate() does are given for real.
function anything() {
  const target = function () {};
  const values = new Map();
  return new Proxy(target, {
    get(object, key) {
      if (values.has(key)) return values.get(key);
      if (key === 'then') return undefined; // not a promise
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'prototype') return object.prototype;
      if (typeof key === 'symbol') return undefined;
      values.set(key, anything());
      return values.get(key);
    },
    set(_object, key, value) {
      values.set(key, value);
      return true;
    },
    apply: () => anything(),
    construct: () => anything(),
  });
}

const disposable = () => ({ dispose() {} });
const event = () => disposable;
const api = {
  env: { language: 'en' },
  l10n: { t: (message) => message },
  workspace: {
    textDocuments: [],
    isTrusted: true,
    workspaceFolders: undefined,
    getConfiguration: () => ({ get: (_key, fallback) => fallback, inspect: () => undefined }),
    // No folder is open: the workspace scan (after activation) finds nothing, as in VS Code.
    findFiles: async () => [],
    onDidOpenTextDocument: event(),
    onDidChangeTextDocument: event(),
    onDidSaveTextDocument: event(),
    onDidCloseTextDocument: event(),
    onDidChangeConfiguration: event(),
  },
  window: {
    activeTextEditor: undefined,
    visibleTextEditors: [],
    tabGroups: { all: [], onDidChangeTabs: event() },
    onDidChangeActiveTextEditor: event(),
  },
  commands: { registerCommand: disposable, executeCommand: async () => undefined },
};

/** A namespace (window, workspace, ...): its given members, and a no-op for any other. */
function namespace(members) {
  return new Proxy(members, {
    get(target, key) {
      if (key in target || typeof key === 'symbol' || key === 'then') return target[key];
      target[key] = anything();
      return target[key];
    },
  });
}

// Every name the real API exports (read from @types/vscode), as plain properties of a plain
// object, as the real module is: bundlers' import helpers copy the module's own names.
const declarations = require('fs').readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
for (const [, kind, name] of declarations.matchAll(
  /^\texport (class|enum|namespace|const|function) (\w+)/gm,
)) {
  if (name in api) api[name] = namespace(api[name]);
  else api[name] = kind === 'namespace' ? namespace({}) : anything();
}

module.exports = api;
