/** English strings of the cookie consent: the same facts as the Swedish (../sv/consent.ts), in plain British English. */
import type { ConsentText } from '../sv/consent.ts';

export const consent: ConsentText = {
  banner: {
    title: 'May we use cookies for statistics?',
    description: 'If you accept, we measure visits with Google Analytics.',
    recipient: (provider: string) => `The data goes to ${provider} and may be sent to the USA.`,
    withdraw: 'Change or withdraw your choice at any time under Cookie settings at the bottom of every page.',
    revisionMessage: 'We have changed which cookies we use since you made your choice, so we are asking again.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    showPreferences: 'Settings',
    label: 'Cookies',
    moreLink: 'Read more about cookies',
  },
  preferences: {
    title: 'Cookie settings',
    intro:
      'Here you choose which cookies we may use. Necessary cookies cannot be turned off. ' +
      'Statistics stay off until you turn them on yourself. You can change your choice at any time.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    save: 'Save my choices',
    close: 'Close cookie settings',
    moreTitle: 'More information',
  },
  receipt: {
    title: 'Your saved choice',
    id: 'Your consent ID',
    changed: 'Last changed',
    none: 'You have not made a choice yet.',
    note: 'We record each choice you make under this ID, so that we can show what you consented to. Quote the ID if you contact us about your consent.',
  },
  categories: {
    necessary: {
      title: 'Necessary',
      description: 'Needed for the website to work and to remember your choice about cookies. They cannot be turned off.',
    },
    analytics: {
      title: 'Statistics',
      description:
        'Google Analytics 4 counts visits and shows how the website is used, so that we can improve it. ' +
        'Google Analytics is loaded only if you accept statistics.',
    },
  },
  cookies: {
    consent: { purpose: 'Stores your choice about cookies, so that we do not have to ask again.' },
    confirmation: {
      purpose:
        'Shows your reference number on the receipt page after you have sent a request. Contains only a random ID, ' +
        'linked to your request (pseudonymised personal data). If you verify your identity with e-ID in the form, ' +
        'the same cookie keeps the login together for at most ten minutes. Your name and personnummer are then only on our server, not in the cookie.',
    },
    gaClient: { purpose: 'Used by Google Analytics to distinguish visitors.' },
    gaSession: {
      purpose: 'Used by Google Analytics to group the pages you view in one visit (session).',
      placeholderName: '_ga_<measurement-ID>',
    },
  },
  table: {
    heading: 'Cookies this website uses',
    caption: 'Cookies on the website',
    headers: {
      name: 'Name',
      provider: 'Provider',
      party: 'Party',
      purpose: 'Purpose',
      duration: 'Duration',
      category: 'Category',
    },
  },
  supplement: {
    id: 'supplementary-information',
    heading: 'Supplementary information about this website',
    lead:
      'This section is not part of our cookie text above. It describes how the website is set up today ' +
      "and is taken from the website's settings, so that it always matches the table above.",
    provider: {
      term: 'Who receives the data',
      text: (provider: string) => `Google Analytics is provided by ${provider}, which processes the data on our behalf.`,
    },
    transfer: {
      term: 'Transfer to the USA',
      text:
        'The data may be transferred to Google LLC in the USA. The transfer is based on the European Commission’s ' +
        'adequacy decision for the EU–US Data Privacy Framework (10 July 2023), under which Google LLC is certified.',
    },
    legalBasis: {
      term: 'Legal basis for the statistics',
      text:
        'We use Google Analytics only if you consent. The legal basis is your consent (Article 6(1)(a) of the GDPR). ' +
        'Consent is also required to store and read cookies, under Chapter 9, Section 28 of the Swedish Electronic ' +
        'Communications Act (lagen (2022:482) om elektronisk kommunikation, LEK).',
    },
    ip: {
      term: 'IP addresses',
      text:
        'According to Google, Google Analytics 4 does not log or store IP addresses. Your IP address is still sent to ' +
        'Google with each request and used to work out your approximate location. It is then discarded.',
    },
    retention: {
      term: 'How long the statistics are kept',
      text: (period: string) => `Google Analytics keeps the statistics for ${period}. Then they are deleted.`,
    },
    records: {
      term: 'How we record your choice',
      text:
        'Each time you make or change a choice about cookies, we store a record of it on our server: your consent ID ' +
        '(a random number your browser was given), the time, which categories you accepted and rejected, how you chose, ' +
        'the page address and language, and which version of the texts you saw. We do not store your IP address or ' +
        'anything else that identifies you. If the record cannot be sent at once, it waits in your browser’s local ' +
        'storage until it has been sent.',
    },
    recordsPurpose: {
      term: 'Why we record your choice',
      text:
        'We must be able to show that you consented (Article 7(1) of the GDPR). The legal basis is that we have a ' +
        'legal obligation (Article 6(1)(c)).',
    },
    recordsRetention: {
      term: 'How long your choice is kept',
      text: (period: string) => `The record of your choice is kept for ${period}. It is then deleted automatically.`,
    },
    withdraw: {
      term: 'How to withdraw your consent',
      text: (cookies: string) =>
        'Choose Cookie settings at the bottom of any page, or the button under Your choice below, and choose Reject all. ' +
        `Google Analytics then collects nothing more, and the cookies ${cookies} are deleted from your browser. ` +
        'Withdrawing does not delete data already sent to Google: it is kept for as long as Google Analytics is set to keep it.',
    },
    policyLink: 'Supplementary information about this website',
  },
  status: {
    heading: 'Your choice',
    noScript:
      'Your choice is shown here when JavaScript is turned on in your browser. ' +
      'Without JavaScript, Google Analytics is not used. The only cookie the website can then store is the necessary ' +
      'receipt cookie, when you send a request for a copy of your data (registerutdrag) or for rectification (rättelse).',
    undecided: 'You have not made a choice yet. Statistics stay off until you accept them.',
    gpc:
      'Your browser sends the Global Privacy Control (GPC) signal. We take it to mean that you refuse statistics, ' +
      'so Google Analytics is not used. If you want to accept statistics anyway, you can do so under Cookie settings.',
    accepted: 'You have accepted statistics. Google Analytics is used when you visit the website.',
    refused: 'You have refused statistics. The website uses only necessary cookies.',
    change: 'You can change your choice at any time.',
  },
  settingsButton: 'Cookie settings',
  party: { first: 'First party', third: 'Third party' },
  units: {
    year: { one: 'year', other: 'years' },
    month: { one: 'month', other: 'months' },
    day: { one: 'day', other: 'days' },
    hour: { one: 'hour', other: 'hours' },
    minute: { one: 'minute', other: 'minutes' },
  },
};
