export {
  planConnectionCheck,
  planPrepared,
  planTestSend,
  prepareTestSend,
  senderOf,
  type PreparedSend,
  type PrepareResult,
  parseServer,
  recipientError,
  withEditedMessage,
  type PlanResult,
} from './plan';
export { sendTestMail, checkConnection, type SendControls } from './send';
export { explainedReply } from './failures';
export { explainReply, type ExplainedReply } from './smtp-replies';
export * from './types';
