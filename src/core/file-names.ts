/** File names that are ours: nova-mail.json and <anything>.nova-mail.json. */
export function isNovaMailFileName(name: string): boolean {
  return (
    name === 'nova-mail.json' || (name.endsWith('.nova-mail.json') && name.length > '.nova-mail.json'.length)
  );
}
