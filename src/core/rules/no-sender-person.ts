import type { Rule, RuleReport } from './rule';
import { hasSenderRole, personsOf, senderMode, SENDER_ROLE } from './model';

/** How many persons the problem lists, each with what it lacks, before "…and N more". */
const RELATED_PERSONS = 10;

export const noSenderPerson: Rule = {
  id: 'no-sender-person',
  defaultSeverity: 'error',
  fixable: false,
  needsWholeFile: true,
  description: {
    en: `Person-register mode needs a person with the role ${SENDER_ROLE} and e-mail settings.`,
    fi: `Henkilörekisteritila tarvitsee henkilön, jolla on rooli ${SENDER_ROLE} ja sähköpostitiedot.`,
  },
  check({ config, report }) {
    if (senderMode(config) !== 'personRegister') return;
    const persons = personsOf(config);
    if (persons.some((view) => view.email && hasSenderRole(view.person))) return;
    // The first few persons, each with what it lacks (a file of 270,000 listed them all).
    const related: NonNullable<RuleReport['related']> = persons.slice(0, RELATED_PERSONS).map((view) =>
      view.email
        ? {
            target: { at: 'value', path: view.path },
            message: {
              en: `${view.label.en}: no role ${SENDER_ROLE}`,
              fi: `${view.label.fi}: ei roolia ${SENDER_ROLE}`,
            },
          }
        : {
            target: { at: 'value', path: view.path },
            message: {
              en: `${view.label.en}: no e-mail settings`,
              fi: `${view.label.fi}: ei sähköpostitietoja`,
            },
          },
    );
    const more = persons.length - RELATED_PERSONS;
    if (more > 0)
      related.push({
        target: { at: 'value', path: ['persons'] },
        message: {
          en: `…and ${more} more person${more === 1 ? '' : 's'} without both`,
          fi: `…ja ${more} muu${more === 1 ? '' : 'ta'} henkilö${more === 1 ? '' : 'ä'} ilman kumpaakin`,
        },
      });
    report({
      target: { at: 'value', path: ['sender', 'mode'] },
      message: {
        en: `With the person-register sender, at least one person needs the role ${SENDER_ROLE} and e-mail settings (Asetukset → Henkilörekisteri).`,
        fi: `Henkilörekisterin lähettäjä vaatii vähintään yhden henkilön, jolla on rooli ${SENDER_ROLE} ja sähköpostitiedot (Asetukset → Henkilörekisteri).`,
      },
      related,
    });
  },
};
