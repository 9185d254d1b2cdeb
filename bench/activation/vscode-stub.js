// The few parts of the VS Code API that activate() touches, for timing the load of
// dist/extension.js outside VS Code. Calls return disposables; nothing happens.
const disposable = () => ({ dispose() {} });
const event = () => disposable;
class EventEmitter {
  constructor() {
    this.event = event();
  }
  fire() {}
  dispose() {}
}
class CodeActionKind {
  constructor(value) {
    this.value = value;
  }
  append(part) {
    return new CodeActionKind(`${this.value}.${part}`);
  }
}
CodeActionKind.QuickFix = new CodeActionKind('quickfix');
CodeActionKind.SourceFixAll = new CodeActionKind('source.fixAll');
class TabInputText {}
module.exports = {
  EventEmitter,
  TabInputText,
  CodeActionKind,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  LanguageStatusSeverity: { Information: 0, Warning: 1, Error: 2 },
  Uri: { parse: (value) => ({ toString: () => value }) },
  env: { language: 'en' },
  l10n: { t: (message) => message },
  languages: {
    createDiagnosticCollection: () => ({ set() {}, get() {}, has: () => false, delete() {}, dispose() {} }),
    createLanguageStatusItem: () => ({ dispose() {} }),
    registerCodeActionsProvider: disposable,
  },
  workspace: {
    textDocuments: [],
    onDidOpenTextDocument: event(),
    onDidChangeTextDocument: event(),
    onDidSaveTextDocument: event(),
    onDidCloseTextDocument: event(),
    onDidChangeConfiguration: event(),
    getConfiguration: () => ({ get: (_key, fallback) => fallback }),
  },
  window: {
    activeTextEditor: undefined,
    tabGroups: { all: [], onDidChangeTabs: event() },
    onDidChangeActiveTextEditor: event(),
    createOutputChannel: () => ({ appendLine() {}, show() {}, dispose() {} }),
  },
  commands: { registerCommand: disposable, executeCommand: async () => undefined },
};
