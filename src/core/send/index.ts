export {
  planConnectionCheck,
  planTestSend,
  parseServer,
  recipientError,
  withEditedMessage,
  type PlanResult,
} from './plan';
export { sendTestMail, checkConnection, type SendControls } from './send';
export * from './types';
