export { planConnectionCheck, planTestSend, parseServer, type PlanResult } from './plan';
export { sendTestMail, checkConnection, type SendControls } from './send';
export * from './types';
