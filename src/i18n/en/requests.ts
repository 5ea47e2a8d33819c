/**
 * English strings of the data-request form, its answers, its confirmation and the receipt: a translation of
 * src/i18n/sv/requests.ts, for readers who may read English as a second language. Swedish terms they will meet in
 * our letters and at Swedish authorities (personnummer, registerutdrag, folkbokföring) are kept and explained once.
 */
import { CORRECTION_MAX } from '../../requests/limits.ts';
import type { RequestText } from '../sv/requests.ts';

const BY_LETTER =
  'We send the answer by post to the address where you are registered in Sweden, or to the address you have given if you are not registered in Sweden, so that only you get it.';
const ELECTRONIC =
  'We first make sure that it is you. Then we send the answer electronically in a protected way, never as ordinary email.';

const CORRECTION_MAX_TEXT = CORRECTION_MAX.toLocaleString('en-GB');

export const requests: RequestText = {
  page: {
    title: 'Ask for a copy of your data or for rectification',
    description:
      'Ask for a copy of the personal data we hold about you, or ask us to correct data that is wrong. It is free, and you choose whether the answer comes by post or electronically.',
    errorTitlePrefix: 'Error: ',
    intro:
      'Here you can ask for a copy of the personal data we hold about you (in Swedish: registerutdrag), or ask us to correct data that is wrong. It costs nothing.',
    byLetter: 'You choose how you get the answer: by post or electronically. We never send it as ordinary email.',
    requiredNote: 'You must answer every question unless it says that it is optional.',
    protectedIdentity: {
      summary: 'Do you have protected personal details (skyddade personuppgifter)?',
      text: 'Do not fill in the form. Call us or write to us instead, and we will agree on how you get the answer:',
    },
    submit: 'Send request',
  },
  privacy: {
    heading: 'How we handle the data in your request',
    controller: {
      term: 'Who is responsible',
      text: (company: string, address: string) => `${company}, ${address}, is the data controller.`,
    },
    purpose: {
      term: 'Why',
      text: 'To handle your request for a copy of your personal data (Article 15 of the General Data Protection Regulation, GDPR) or to have data about you rectified or completed (Article 16).',
    },
    legalBasis: {
      term: 'Legal basis',
      text: 'Legal obligation (Article 6(1)(c)): the law requires us to receive and answer your request.',
    },
    required: {
      term: 'What you must fill in',
      text: 'What your request is for, your name, your personnummer or samordningsnummer (if you have neither: your date of birth) and your address. If you want the answer electronically, also your email address. For rectification, also what is wrong or missing. We need this to find you in our records and to send the answer safely to you. You do not need to send a copy of your ID document.',
    },
    optional: { term: 'What is optional', text: 'Email (when the answer comes by letter), phone and case number.' },
    withoutThem: {
      term: 'If you do not want to give this data',
      text: 'Without it, we cannot handle your request through the form. You can write to us or call us instead:',
    },
    recipients: {
      term: 'Who gets the data',
      spar: 'We check your address in SPAR, the Swedish state register of personal addresses (statens personadressregister).',
      corrections:
        'If we rectify or complete data about you, we tell those we have disclosed the data to. For example, the company that asked us to collect the debt (our client) and the Swedish Enforcement Authority (Kronofogden). You can ask us who they are.',
      processors: 'The companies that run our email and our web server process the data for us, as our data processors.',
    },
    eid: {
      term: 'If you verify your identity with e-ID',
      text: (broker: string, minutes: number) =>
        `We then get your name and personnummer from your e-ID through ${broker}, which handles the login for us as our data processor. We use them to know that the request comes from you, so that we can send the answer safely, electronically too. The website keeps them for at most ${minutes} minutes, or until you have sent your request.`,
    },
    transfer: { term: 'Transfers to countries outside the EU/EEA' },
    retention: { term: 'How long we keep it' },
    rights: {
      term: 'Your rights over the data in your request',
      text: 'You have the right to get a copy of it, and to have it rectified if it is wrong or incomplete. You can ask us to restrict how we use it, and to erase it once the law no longer requires us to keep it. The right to object and the right to data portability do not apply here, because we process the data to meet a legal obligation.',
    },
    otherRights: {
      term: 'Your other rights',
      before:
        'Do you want to use your rights over the data in your debt collection case, for example to have data erased or to object to how we use it? Write to us or call us. Our contact details are on the page',
      link: 'Contact',
    },
    costAndTime: {
      term: 'Cost and time',
      text:
        'It is free. We answer without undue delay and within one month at the latest. If your request is complicated, or if we get many requests at the same time, we can extend the time by at most two more months. If so, we tell you within the first month, and why.',
    },
    complaints: {
      term: 'If you want to complain',
      before: 'You have the right to complain to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY),',
      link: 'imy.se',
      href: 'https://www.imy.se/en/',
    },
    policyLinkBefore: 'Read more in our',
    policyLink: 'privacy policy',
  },
  eid: {
    start: 'Verify your identity with e-ID (optional)',
    startHint: 'Then we know that it is you, and the answer can come electronically without further checks. You can also fill in the form without e-ID.',
    verifiedTitle: 'Your identity is verified with e-ID',
    name: 'Name',
    personnummer: 'Personnummer',
    verifiedText: (method: string | undefined) =>
      `${method ? `Verified with ${method}. ` : ''}Your name and personnummer come from your e-ID and cannot be changed here. Fill in the rest of the form.`,
    notices: {
      cancelled: { title: 'You cancelled the e-ID login', text: 'You can try again, or send the form without e-ID.' },
      refused: { title: 'We could not verify your identity', text: 'The e-ID login did not go through. You can try again, or send the form without e-ID.' },
      unavailable: { title: 'E-ID cannot be used right now', text: 'The service is not responding. You can send the form without e-ID, or try again later.' },
      expired: { title: 'Your e-ID verification has expired', text: 'Verify your identity again, or fill in the form without e-ID.' },
    },
  },
  fields: {
    type: {
      legend: 'What do you want to ask for?',
      options: {
        registerutdrag: { label: 'A copy of your data', hint: 'A copy of the personal data we hold about you (in Swedish: registerutdrag).' },
        rattelse: {
          label: 'Rectification of your data',
          hint: 'We correct data about you that is wrong, and complete data that is incomplete (in Swedish: rättelse).',
        },
      },
    },
    correction: {
      label: 'Which data is wrong or missing, and how should we correct or complete it?',
      hint: `At most ${CORRECTION_MAX_TEXT} characters.`,
    },
    name: { label: 'Name', hint: 'Your first name and last name.' },
    idType: {
      legend: 'Do you have a Swedish personnummer or coordination number (samordningsnummer)?',
      options: {
        personnummer: { label: 'Yes' },
        fodelsedatum: { label: 'No, I have neither a Swedish personnummer nor a coordination number' },
      },
    },
    personnummer: {
      label: 'Personnummer or coordination number',
      hint: 'Your Swedish personal identity number (personnummer) or coordination number (samordningsnummer). Write it as YYYYMMDD-XXXX: the 8 digits of the date, then 4 more digits.',
    },
    birthDate: { label: 'Date of birth', hint: 'YYYY-MM-DD, for example 1985-04-15.' },
    addressType: {
      legend: 'Are you registered in the Swedish Population Register (folkbokförd)?',
      options: {
        sverige: { label: 'Yes, I am registered in Sweden' },
        utlandet: {
          label: 'No, I am not registered in Sweden',
          hint: 'For example if you live abroad or have a coordination number. You may still have an address in Sweden.',
        },
      },
    },
    addressGroup: {
      legend: 'Your registered address in Sweden',
      hint: {
        otherwise:
          'The address where you are registered in the Swedish Population Register (folkbokföring). We check it in SPAR. If you want the answer by post, we send it there.',
        brev: 'The address where you are registered in the Swedish Population Register (folkbokföring). We check it in SPAR and send the answer there by post.',
        elektroniskt:
          'The address where you are registered in the Swedish Population Register (folkbokföring). We check it in SPAR to make sure it is you.',
      },
    },
    address: { label: 'Address' },
    postalCode: { label: 'Postcode' },
    city: { label: 'Town or city' },
    abroadGroup: {
      legend: 'Your address',
      hint: {
        otherwise:
          'In Sweden or in another country. We cannot check it in the Swedish Population Register, so we may need to ask you something to make sure it is you. If you want the answer by post, we send it there.',
        brev: 'In Sweden or in another country. We cannot check it in the Swedish Population Register, so we may need to ask you something to make sure it is you. We send the answer there by post.',
        elektroniskt:
          'In Sweden or in another country. We cannot check it in the Swedish Population Register, so we may need to ask you something to make sure it is you.',
      },
    },
    abroadAddress: { label: 'Address line 1' },
    abroadAddress2: { label: 'Address line 2 (optional)' },
    abroadPostalCode: { label: 'Postcode (optional)' },
    abroadCity: { label: 'Town or city' },
    country: { label: 'Country' },
    answerChannel: {
      legend: 'How do you want the answer?',
      options: {
        brev: {
          label: {
            otherwise: 'By post',
            sverige: 'By post to your registered address',
            utlandet: 'By post to the address you have given',
          },
          hint: {
            otherwise: 'To your registered address in Sweden, or to the address you have given if you are not registered in Sweden. Only you get the letter.',
            sverige: 'Only you get the letter.',
            utlandet: 'Only you get the letter.',
          },
        },
        elektroniskt: { label: 'Electronically', hint: ELECTRONIC },
      },
    },
    email: {
      label: { otherwise: 'Email (optional if you want the answer by post)', brev: 'Email (optional)', elektroniskt: 'Email' },
      hint: {
        otherwise: 'Needed if you want the answer electronically. We confirm that we have received your request, and ask you if something is unclear.',
        brev: 'We confirm that we have received your request, and ask you if something is unclear.',
        elektroniskt:
          'We need it to answer you electronically. We also confirm that we have received your request, and ask you if something is unclear.',
      },
    },
    phone: { label: 'Phone (optional)', hint: 'In case we need to ask you something.' },
    caseNumber: { label: 'Case number (optional)', hint: 'It is on letters from us, if you have received one.' },
    honeypot: { label: 'Leave this field empty' },
  },
  errors: {
    type: 'Choose whether you want a copy of your data or rectification of your data',
    nameMissing: 'Enter your name',
    nameTooLong: 'Your name must be 200 characters or fewer',
    personnummerMissing: 'Enter your personnummer or coordination number',
    personnummerFormat: 'Enter the number with 10 or 12 digits, like YYYYMMDD-XXXX',
    personnummerInvalid: 'This is not a valid personnummer or coordination number. Check the date and the last 4 digits',
    idType: 'Choose whether you have a Swedish personnummer or coordination number',
    birthDateMissing: 'Enter your date of birth',
    birthDateFormat: 'Enter your date of birth as YYYY-MM-DD, for example 1985-04-15',
    birthDateInvalid: 'Your date of birth must be a real date in the past',
    addressType: 'Choose whether you are registered in Sweden',
    addressMissing: 'Enter your address',
    addressTooLong: 'Your address must be 200 characters or fewer',
    postalCodeMissing: 'Enter your postcode',
    postalCodeFormat: 'Enter the postcode with 5 digits, like 123 45',
    cityMissing: 'Enter your town or city',
    cityTooLong: 'Your town or city must be 100 characters or fewer',
    abroadAddressMissing: 'Enter your address',
    abroadAddressTooLong: 'Each address line must be 200 characters or fewer',
    abroadPostalCodeTooLong: 'Your postcode must be 20 characters or fewer',
    abroadCityMissing: 'Enter your town or city',
    abroadCityTooLong: 'Your town or city must be 100 characters or fewer',
    countryMissing: 'Enter the country the address is in',
    countryTooLong: 'The country must be 100 characters or fewer',
    answerChannel: 'Choose how you want the answer',
    emailMissing: 'Enter your email address, or choose to get the answer by post',
    emailFormat: 'Enter your email address in the correct format, like name@example.com, or leave it empty',
    phoneFormat: 'Enter the phone number in digits, like +46 70 123 45 67',
    caseNumberTooLong: 'The case number must be 50 characters or fewer',
    correctionMissing: 'Tell us which data is wrong or missing, and how we should correct or complete it',
    correctionTooLong: `Your text must be ${CORRECTION_MAX_TEXT} characters or fewer`,
  },
  problems: {
    invalid: { title: 'There is a problem' },
    inputsKept: 'What you wrote is still in the form below.',
    delivery: {
      title: 'Your request could not be sent',
      text: 'It has not reached us. Try again in a little while, or write to us or call us:',
    },
    rateLimited: {
      title: 'You have sent many requests in a short time',
      text: (minutes: number) => `Wait ${minutes === 1 ? '1 minute' : `${minutes} minutes`} and try again, or write to us or call us:`,
    },
    tooLarge: {
      title: 'The form had too much text',
      text: 'We could not receive it. Make the text shorter and try again, or write to us or call us:',
    },
    honeypot: {
      title: 'The form could not be received',
      text: 'The field “Leave this field empty” must be empty. Empty it and try again, or write to us or call us:',
    },
    unknown: {
      title: 'The form could not be received',
      text: 'Try again in a little while, or write to us or call us:',
    },
  },
  confirmation: {
    title: 'We have received your request',
    description: 'Confirmation of a request for a copy of your data or for rectification.',
    referenceLabel: 'Your reference number',
    shownOnce: 'Write down the reference number. This page is shown only once.',
    typeLabel: 'Your request is for',
    nextHeading: 'What happens next?',
    answerBy: (deadline: string) => `We will answer by ${deadline} at the latest.`,
    channel: { brev: BY_LETTER, elektroniskt: ELECTRONIC },
    mayContact: 'We may contact you if something in your request is unclear.',
    receipt: 'We also send a confirmation to your email address. If it does not arrive, we have still received your request.',
    quoteReference: 'Give the reference number if you contact us about your request:',
    back: 'Go to the home page',
  },
  unconfirmed: {
    title: 'We could not confirm that your request arrived',
    description: 'Your request may have arrived. Do not send it again.',
    text: 'Our email server did not answer in time, so we cannot confirm that your request has arrived. It may have arrived.',
    doNotResend: 'Do not send the request again.',
    receipt: 'If it has arrived, you will get a confirmation at your email address.',
    contact: 'Do you want to know for sure? Call us or write to us, and give the reference number:',
  },
  nothingToShow: {
    title: 'There is no confirmation to show',
    description: 'A confirmation is shown only once, right after you send a request.',
    text: 'A confirmation is shown only once, right after you send a request. If you already have a reference number, it is still valid.',
    formLink: 'Go to the form for a copy of your data or for rectification',
  },
  typeNames: {
    registerutdrag: { label: 'A copy of your data (registerutdrag)', request: 'Request for a copy of your data' },
    rattelse: { label: 'Rectification of your data (rättelse)', request: 'Request for rectification' },
  },
  receipt: {
    subject: (reference: string) => `We have received your request ${reference}`,
    greeting: 'Hello,',
    received: (request: string) => `We have received your ${request.toLowerCase()}.`,
    reference: 'Reference number',
    deadline: 'Latest date for our answer',
    channel: { brev: BY_LETTER, elektroniskt: ELECTRONIC },
    mayContact: 'We may contact you if something in your request is unclear. Give the reference number if you contact us.',
    notYou: 'Did you not send a request to us? Contact us, and we will look into it.',
    phone: 'Phone',
    email: 'Email',
    automatic: 'This is an automatic message.',
  },
  dates: {
    receivedAt: (date: string, time: string) => `${date} at ${time} (Swedish time)`,
  },
};
