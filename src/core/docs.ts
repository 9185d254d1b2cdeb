/** Where the product's pages live: each rule's documentation is the target of its code link. */
export const REPOSITORY_URL = 'https://github.com/nova-mail/nova-mail';

export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
