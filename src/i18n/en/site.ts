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
  accessibilityFacts: {
    assessedOn: (date: string) => `We last assessed the accessibility of the website on ${date}.`,
    responseTime: (time: string) => `We answer ${time}.`,
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you were looking for does not exist. Here you can find our other pages and our contact details.',
    lead: 'The page you were looking for does not exist. The address may be mistyped, or the page may have moved.',
    next: 'Where you can go from here:',
  },
};
