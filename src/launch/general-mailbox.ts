/**
 * Mailboxes that are shared by design: the data requests carry personnummer and addresses, so they must go to a
 * mailbox only the people who answer them can read (GDPR art. 32), never to one of these. Read by preflight; the list
 * is in docs/deployment.md.
 */
export const GENERAL_MAILBOXES: readonly string[] = [
  'info',
  'kontakt',
  'contact',
  'admin',
  'administrator',
  'office',
  'kontoret',
  'post',
  'postmaster',
  'hostmaster',
  'webmaster',
  'hello',
  'hej',
  'support',
  'kundtjanst',
  'kundservice',
  'service',
  'mail',
  'epost',
  'e-post',
  'reception',
  'ekonomi',
  'faktura',
  'sales',
  'noreply',
  'no-reply',
];

/** Whether `address` is a general mailbox: its local part (a "+tag" aside) is in the list, or it is the site's public address. */
export function isGeneralMailbox(address: string, publicAddress: string): boolean {
  const lower = address.trim().toLowerCase();
  const local = lower.slice(0, lower.lastIndexOf('@')).replace(/\+.*$/, '');
  return lower === publicAddress.trim().toLowerCase() || GENERAL_MAILBOXES.includes(local);
}
