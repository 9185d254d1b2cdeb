/** Context keys the extension sets (menus, the walkthrough's completion events read them). */

/** Whether the active editor holds one of our files. */
export const ACTIVE_FILE_CONTEXT = 'novaMail.activeFileIsNovaMail';
/** Set when New configuration wrote a file: the walkthrough's "create" step completes on it. */
export const CREATED_CONTEXT = 'novaMail.walkthrough.created';
/** Set when a test message was accepted: the walkthrough's "send" step completes on it, not on a click. */
export const TEST_SENT_CONTEXT = 'novaMail.walkthrough.testSent';
/** Set while a message is open for editing before it is sent. */
export const EDITING_CONTEXT = 'novaMail.editingMessage';
/** Set when a deliverability check ran: the walkthrough's "trust" step completes on it. */
export const DNS_CHECKED_CONTEXT = 'novaMail.walkthrough.dnsChecked';
/** Set when a checked file has no error left: the walkthrough's "fix" step completes on it, not on a click. */
export const FIXED_CONTEXT = 'novaMail.walkthrough.fixed';
/** True when the extension runs in a browser's web worker: the commands that need the desktop are hidden. */
export const WEB_HOST_CONTEXT = 'novaMail.webHost';
