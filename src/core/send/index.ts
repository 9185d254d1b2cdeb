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
export { sendTestMail, checkConnection, loginInClear, type SendControls } from './send';
export { cleartextLoginText, offersStartTls, type CleartextLoginText } from './cleartext';
export { SecretMask } from './secret-mask';
export { hostAndPort } from './host-port';
export { explainedReply } from './failures';
export { explainReply, type ExplainedReply } from './smtp-replies';
export * from './types';
