/** English interface strings shared by every page; the type is the Swedish source's. */
import type { SiteText } from '../sv/site.ts';

export const site: SiteText = {
  skipLink: 'Skip to main content',
  navLabel: 'Main menu',
  menuButton: 'Menu',
  pageNames: {
    home: 'Home',
    privacy: 'Privacy policy',
    cookies: 'Cookies',
    request: 'Request your data',
    contact: 'Contact',
    accessibility: 'Accessibility',
  },
  languageSwitch: { label: 'Language' },
  translationNotice:
    'This page is an English translation of our Swedish text, to help you read it. If the two differ, the Swedish text applies.',
  footerLabel: 'Footer',
  footerContactHeading: 'Contact',
  footerLinksHeading: 'More information',
  phoneLabel: 'Phone:',
  emailLabel: 'Email:',
  organisationsnummerLabel: 'Company registration number (organisationsnummer):',
  titleSuffix: 'J A Inkasso & Consulting AB',
  purpose: 'Debt collection agency in Gävle',
  start: {
    question: 'Have you received a letter from us?',
    lead: 'You can ask for a copy of the personal data we hold about you (registerutdrag), or for us to correct what is wrong (rättelse).',
    action: 'Request your data',
    moreHeading: 'More information',
  },
  tocHeading: 'On this page',
  startLinks: {
    privacy: { label: 'Privacy policy', text: 'How we process and protect your personal data.' },
    contact: { label: 'Contact', text: 'Post, phone and email.' },
    cookies: { label: 'Cookies', text: 'Which cookies we use and how to change your choice.' },
  },
  privacySupplement: {
    id: 'supplementary-information',
    heading: 'Supplementary information about your rights',
    lead:
      'This section is not part of our privacy policy above. It sums up what the General Data Protection Regulation ' +
      '(GDPR) says about your rights and how you use them.',
    legalBasis: { term: 'Legal basis of the debt collection' },
    retention: { term: 'How long the data is kept' },
    rights: [
      {
        term: 'Right of access (registerutdrag)',
        text:
          'You have the right to know whether we process personal data about you and, if we do, to get a copy of it ' +
          '(registerutdrag). The copy is free of charge. If you ask for further copies, we may charge a reasonable fee ' +
          'based on our administrative costs (Article 15 of the GDPR).',
      },
      {
        term: 'Right to rectification',
        text: 'You have the right to have wrong data about you corrected and incomplete data completed (Article 16).',
      },
      {
        term: 'Right to erasure',
        text:
          'You have the right to have your data erased, for example when it is no longer needed for the purpose it was ' +
          'collected for. The right does not cover data that we must keep by law or need in order to establish, exercise ' +
          'or defend legal claims (Article 17).',
      },
      {
        term: 'Right to restriction',
        text:
          'You have the right to ask us to restrict the processing of your data, for example while we check whether it ' +
          'is accurate. As a rule, we may then only store it (Article 18).',
      },
      {
        term: 'Right to object',
        text:
          'Where we process your data on the basis of a legitimate interest, you have the right to object to the ' +
          'processing on grounds relating to your particular situation. We may then only continue if we can show ' +
          'compelling legitimate grounds that override your interests, or if the processing is needed to establish, ' +
          'exercise or defend legal claims (Article 21).',
      },
      {
        term: 'When you get an answer',
        text:
          'We must answer without undue delay and within one month. If the request is complex, or we have received many, ' +
          'the time may be extended by at most two further months; we then tell you so within one month (Article 12(3)).',
      },
    ],
    use: {
      term: 'How to use your rights',
      text: 'Ask for a copy of your data (registerutdrag) or for rectification with the form',
      link: 'Request your data',
      after: '. For the other rights, contact us using the details above.',
    },
    complaint: {
      term: 'Complaints to IMY',
      text:
        'If you think that we process your personal data wrongly, you have the right to complain to the Swedish ' +
        'Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY), Article 77:',
      link: 'www.imy.se',
      after: '.',
    },
  },
  accessibilityFacts: {
    assessedOn: (date: string) => `We last assessed the accessibility of the website on ${date}.`,
    responseTime: (time: string) => `We answer ${time}.`,
    updatedOn: (date: string) => `This statement was last updated on ${date}.`,
    gapPlan: (date: string) => `We plan to fix this problem by ${date}, by changing how the cookie settings show the tables on narrow screens.`,
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you were looking for does not exist. Here you can find our other pages and our contact details.',
    lead: 'The page you were looking for does not exist. The address may be mistyped, or the page may have moved.',
    next: 'Where you can go from here:',
  },
};
