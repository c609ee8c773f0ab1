import { describe } from 'vitest';
import alternateContacts from '../../src/checks/account/alternate-contacts.js';
import { checkCases, denied } from '../helpers.js';

const contacts = (BILLING: boolean, OPERATIONS: boolean, SECURITY: boolean) => ({ 'account.alternateContacts': { BILLING, OPERATIONS, SECURITY } });

// AWS Startup Security Baseline ACCT.01, CIS 1.2, FSBP Account.1: the three alternate contacts (Account Management API, GetAlternateContact).
describe('account.alternate-contacts', () => {
  checkCases(alternateContacts, [
    { name: 'all three set', facts: contacts(true, true, true), expect: ['PASS'], keys: ['set'] },
    { name: 'none set', facts: contacts(false, false, false), expect: ['FAIL'], messages: ['BILLING, OPERATIONS, SECURITY'] },
    { name: 'only the security contact missing: FAIL naming it', facts: contacts(true, true, false), expect: ['FAIL'], keys: ['missing'], messages: ['for: SECURITY.'] },
    { name: 'billing and operations missing', facts: contacts(false, false, true), expect: ['FAIL'], messages: ['for: BILLING, OPERATIONS.'] },
    { name: 'the read refused is ERROR, never "none set"', facts: { 'account.alternateContacts': denied('GetAlternateContact') }, expect: ['ERROR'] },
  ]);
});
