// One cold load of the production bundle in a fresh process: require + activate(), in ms.
// Prints {"loadMs", "activateMs", "nodemailerLoaded", "mailauthLoaded", "coreLoaded",
// "desktopCommandsLoaded"} as JSON.
const Module = require('module');
const path = require('path');
const stub = path.join(__dirname, 'vscode-stub.js');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? stub : resolve.call(this, request, ...rest);
};
const vscode = require(stub);
const bundle = path.resolve(process.argv[2]);
const t0 = performance.now();
const extension = require(bundle);
const t1 = performance.now();
const memento = { get() {}, update: async () => {}, keys: () => [] };
extension.activate({
  subscriptions: [],
  extensionMode: 1,
  extensionUri: vscode.Uri.file(path.dirname(path.dirname(bundle))),
  globalState: memento,
  workspaceState: memento,
});
const t2 = performance.now();
const loaded = (pattern) => Object.keys(require.cache).some((file) => pattern.test(file));
console.log(
  JSON.stringify({
    loadMs: t1 - t0,
    activateMs: t2 - t1,
    nodemailerLoaded: loaded(/nodemailer/),
    mailauthLoaded: loaded(/mailauth/),
    coreLoaded: loaded(/dist[\\/]core\.js$/),
    desktopCommandsLoaded: loaded(/dist[\\/]extension-commands\.js$/),
  }),
);
