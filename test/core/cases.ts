/** One small broken config per rule case, shared by the rule and fix tests. */
import { definedConfig, personConfig, type Json } from '../helpers';

export interface Case {
  name: string;
  rule: string;
  build: () => Json;
  /** The text the problem's range must cover, and which occurrence of it. */
  covers: string;
  occurrence?: number;
  severity: string;
  fixable: boolean;
  messageIncludes?: RegExp;
}

export const CASES: Case[] = [
  {
    name: 'another server',
    rule: 'smtp-server',
    build: () => ({ ...personConfig(), smtp: { server: 'mail.example.fi', port: 25, ssl: false } }),
    covers: '"mail.example.fi"',
    severity: 'warning',
    fixable: true,
    messageIncludes: /must be smtp\.visma\.local.*SMTP-palvelin/,
  },
  {
    name: 'the trusted sender address as server',
    rule: 'smtp-server',
    build: () => ({ ...personConfig(), smtp: { server: 'SMTP.OD.VISMA.FI', port: 25, ssl: false } }),
    covers: '"SMTP.OD.VISMA.FI"',
    severity: 'warning',
    fixable: true,
    messageIncludes: /recipients must trust/,
  },
  {
    name: 'port 587',
    rule: 'smtp-port',
    build: () => ({ ...personConfig(), smtp: { server: 'smtp.visma.local', port: 587, ssl: false } }),
    covers: '587',
    severity: 'warning',
    fixable: true,
  },
  {
    name: 'SSL on',
    rule: 'smtp-ssl',
    build: () => ({ ...personConfig(), smtp: { server: 'smtp.visma.local', port: 25, ssl: true } }),
    covers: 'true',
    severity: 'warning',
    fixable: true,
  },
  {
    name: "a person's real SMTP password",
    rule: 'real-password',
    build: () => {
      const c = personConfig();
      c.persons[1].email.smtpPassword = 'Salainen123';
      return c;
    },
    covers: '"Salainen123"',
    severity: 'error',
    fixable: true,
  },
  {
    name: "the defined sender's real password",
    rule: 'real-password',
    build: () => ({ ...definedConfig(), sender: { ...definedConfig().sender, password: 'hunter2' } }),
    covers: '"hunter2"',
    severity: 'error',
    fixable: true,
  },
  {
    name: 'a real SMTP username that is the Citrix ID',
    rule: 'real-username',
    build: () => {
      const c = personConfig();
      c.persons[0].email.smtpUsername = '999999teptes';
      return c;
    },
    covers: '"999999teptes"',
    occurrence: 2,
    severity: 'error',
    fixable: true,
    messageIncludes: /Käyttäjätunnus \(SMTP\) holds the person's Citrix ID/,
  },
  {
    name: 'an e-mail address as SMTP username',
    rule: 'real-username',
    build: () => {
      const c = personConfig();
      c.persons[0].email.smtpUsername = 'teppo@esimerkki.fi';
      return c;
    },
    covers: '"teppo@esimerkki.fi"',
    severity: 'error',
    fixable: true,
    messageIncludes: /Käyttäjätunnus \(SMTP\) holds an e-mail address/,
  },
  {
    name: "the defined sender's real username",
    rule: 'real-username',
    build: () => ({ ...definedConfig(), sender: { ...definedConfig().sender, username: 'laskutus' } }),
    covers: '"laskutus"',
    severity: 'error',
    fixable: true,
    messageIncludes: /Käyttäjätunnus holds a username/,
  },
  {
    name: 'a missing SMTP password',
    rule: 'credential-placeholder',
    build: () => {
      const c = personConfig();
      delete c.persons[1].email.smtpPassword;
      return c;
    },
    covers: '"email"',
    occurrence: 1,
    severity: 'warning',
    fixable: true,
  },
  {
    name: "an empty defined sender's username",
    rule: 'credential-placeholder',
    build: () => ({ ...definedConfig(), sender: { ...definedConfig().sender, username: '' } }),
    covers: '""',
    severity: 'warning',
    fixable: true,
  },
  {
    name: 'a Nova username that differs',
    rule: 'nova-username',
    build: () => {
      const c = personConfig();
      c.persons[0].email.novaUsername = '999999other';
      return c;
    },
    covers: '"999999other"',
    severity: 'error',
    fixable: true,
  },
  {
    name: 'an e-mail address as Käyttäjätunnus while Käyttäjätunnus (Nova) holds the Citrix ID',
    rule: 'nova-username',
    build: () => {
      const c = personConfig();
      c.persons[0].email.username = 'teppo@esimerkki.fi';
      return c;
    },
    covers: '"teppo@esimerkki.fi"',
    severity: 'error',
    fixable: true,
    messageIncludes:
      /Käyttäjätunnus holds an e-mail address, but Käyttäjätunnus \(Nova\) holds the Citrix ID 999999teptes/,
  },
  {
    name: 'a missing Nova username',
    rule: 'nova-username',
    build: () => {
      const c = personConfig();
      delete c.persons[0].email.novaUsername;
      return c;
    },
    covers: '"email"',
    severity: 'error',
    fixable: true,
  },
  {
    name: 'an e-mail address as Citrix ID',
    rule: 'citrix-id',
    build: () => {
      const c = personConfig();
      c.persons[0].email.username = 'teppo@esimerkki.fi';
      c.persons[0].email.novaUsername = 'teppo@esimerkki.fi';
      return c;
    },
    covers: '"teppo@esimerkki.fi"',
    severity: 'warning',
    fixable: false,
    messageIncludes: /not an e-mail address/,
  },
  {
    name: 'no roles at all',
    rule: 'missing-sender-role',
    build: () => {
      const c = personConfig();
      delete c.persons[1].roles;
      return c;
    },
    covers: '{',
    occurrence: 5, // root, smtp, sender, person 1, its email, person 2
    severity: 'error',
    fixable: true,
  },
  {
    name: 'roles without the sender role',
    rule: 'missing-sender-role',
    build: () => {
      const c = personConfig();
      c.persons[0].roles = ['Pääkäyttäjä'];
      return c;
    },
    covers: '[\n        "Pääkäyttäjä"\n      ]',
    severity: 'error',
    fixable: true,
  },
  {
    name: 'a misspelt sender role',
    rule: 'missing-sender-role',
    build: () => {
      const c = personConfig();
      c.persons[0].roles = ['Pääkäyttäjä', 'sahkoposti-lahettaja'];
      return c;
    },
    covers: '"sahkoposti-lahettaja"',
    severity: 'error',
    fixable: true,
    messageIncludes: /not the role's exact name/,
  },
  {
    name: 'the role without an e-mail object',
    rule: 'missing-email-tab',
    build: () => {
      const c = personConfig();
      delete c.persons[1].email;
      return c;
    },
    covers: '{',
    occurrence: 5, // root, smtp, sender, person 1, its email, person 2
    severity: 'warning',
    fixable: false,
  },
  {
    name: 'person-register mode without any sender person',
    rule: 'no-sender-person',
    build: () => ({ ...personConfig(), persons: [] }),
    covers: '"personRegister"',
    severity: 'error',
    fixable: false,
  },
  {
    name: 'two persons with one Citrix ID',
    rule: 'duplicate-citrix-id',
    build: () => {
      const c = personConfig();
      c.persons[1].email.username = '999999TEPTES';
      c.persons[1].email.novaUsername = '999999TEPTES';
      return c;
    },
    covers: '"999999TEPTES"',
    severity: 'error',
    fixable: false,
  },
  {
    name: 'no delivery receipt',
    rule: 'sent-items',
    build: () => ({ ...personConfig(), deliveryReceipt: false }),
    covers: 'false',
    occurrence: 2,
    severity: 'hint',
    fixable: true,
  },
  {
    name: 'an unknown property',
    rule: 'schema',
    build: () => ({ ...personConfig(), colour: 'blue' }),
    covers: '"colour"',
    severity: 'error',
    fixable: false,
  },
  {
    name: 'a port that is a string',
    rule: 'schema',
    build: () => ({ ...personConfig(), smtp: { server: 'smtp.visma.local', port: '25', ssl: false } }),
    covers: '"25"',
    severity: 'error',
    fixable: false,
  },
];
