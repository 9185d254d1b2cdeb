import { SCREEN } from '../nova';
import { ruleMessages } from './rule';
import type { Rule } from './rule';
import { hasSenderRole, personsOf, rolesOf, SENDER_ROLE } from '../config/model';

const { messages, message } = ruleMessages('missing-sender-role', {
  fix: { en: 'Add the role {role}', fi: 'Lisää rooli {role}' },
  'fix.misspelt': { en: 'Change the role to {role}', fi: 'Korjaa rooliksi {role}' },
  missing: {
    en: `{person} has e-mail settings but not the role {role} (${SCREEN.roles}).`,
    fi: `Henkilöllä {person} on sähköpostitiedot mutta ei roolia {role} (${SCREEN.roles}).`,
  },
  misspelt: {
    en: `{person}: "{written}" is not the role's exact name: {role} (${SCREEN.roles}).`,
    fi: `{person}: "{written}" ei ole roolin tarkka nimi: {role} (${SCREEN.roles}).`,
  },
});

export const missingSenderRole: Rule = {
  id: 'missing-sender-role',
  messages,
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: `A person with e-mail settings needs the role ${SENDER_ROLE}.`,
    fi: `Henkilö, jolla on sähköpostitiedot, tarvitsee roolin ${SENDER_ROLE}.`,
  },
  check({ config, report }) {
    for (const view of personsOf(config)) {
      if (!view.email || hasSenderRole(view.person)) continue;
      const roles = rolesOf(view.person);
      if (view.person.roles !== undefined && !roles) continue; // not an array: a schema problem
      const rolesPath = [...view.path, 'roles'];
      const misspelt =
        roles?.findIndex((role) => typeof role === 'string' && isMisspeltSenderRole(role)) ?? -1;
      if (roles && misspelt >= 0) {
        const written = String(roles[misspelt]);
        report({
          target: { at: 'value', path: [...rolesPath, misspelt] },
          message: message('misspelt', { person: view.label, written, role: SENDER_ROLE }),
          fix: {
            title: message('fix.misspelt', { role: SENDER_ROLE }),
            action: { kind: 'set', path: [...rolesPath, misspelt], value: SENDER_ROLE },
          },
        });
        continue;
      }
      report({
        target: roles ? { at: 'value', path: rolesPath } : { at: 'missing', path: rolesPath },
        message: message('missing', { person: view.label, role: SENDER_ROLE }),
        fix: {
          title: message('fix', { role: SENDER_ROLE }),
          action: roles
            ? { kind: 'append-item', arrayPath: rolesPath, value: SENDER_ROLE }
            : { kind: 'insert-property', objectPath: view.path, key: 'roles', value: [SENDER_ROLE] },
        },
      });
    }
  },
};

const SKELETON = skeleton(SENDER_ROLE);

/** Letters only, without accents or case: "Sahkopostilahettaja" and "sähköposti-lähettäjä" match. */
function skeleton(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function isMisspeltSenderRole(role: string): boolean {
  if (role.normalize('NFC') === SENDER_ROLE) return false;
  const letters = skeleton(role);
  return letters.length > 0 && editDistance(letters, SKELETON, 3) <= 2;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below it. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length], limit);
}
