/** Exchange Online's inbound hosts (`<tenant>.mail.protection.outlook.com`). */
export function isExchangeOnline(exchange: string): boolean {
  return /\.mail\.protection\.outlook\.com\.?$/i.test(exchange);
}
