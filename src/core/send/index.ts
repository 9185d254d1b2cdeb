export { planConnectionCheck, planTestSend, parseServer, recipientError, type PlanResult } from './plan';
export { sendTestMail, checkConnection, type SendControls } from './send';
export * from './types';
