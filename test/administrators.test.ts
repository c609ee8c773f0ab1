import { describe, expect, it } from 'vitest';
import { administrators, grantOf, parsePolicyDocument } from '../src/aws/administrators.js';

const doc = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements.length === 1 ? statements[0] : statements });

describe('what a policy grants', () => {
  const cases: [string, unknown, { everything: boolean; mfaRequired: boolean }][] = [
    ['Allow * on *', doc({ Effect: 'Allow', Action: '*', Resource: '*' }), { everything: true, mfaRequired: false }],
    ['Allow *:* on [*]', doc({ Effect: 'Allow', Action: ['*:*'], Resource: ['*'] }), { everything: true, mfaRequired: false }],
    ['Allow * on one bucket', doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }), { everything: false, mfaRequired: false }],
    ['Allow s3:* on *', doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }), { everything: false, mfaRequired: false }],
    ['Deny * on *', doc({ Effect: 'Deny', Action: '*', Resource: '*' }), { everything: false, mfaRequired: false }],
    ['NotAction is not everything', doc({ Effect: 'Allow', NotAction: 'iam:*', Action: '*', Resource: '*' }), { everything: false, mfaRequired: false }],
    ['with MFA required (Bool)', doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }), { everything: true, mfaRequired: true }],
    ['with MFA required (BoolIfExists, list)', doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': ['true'] } } }), { everything: true, mfaRequired: true }],
    ['MFA false is no requirement', doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }), { everything: true, mfaRequired: false }],
    ['one statement with MFA, another without', doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }, { Effect: 'Allow', Action: '*', Resource: '*' }), { everything: true, mfaRequired: false }],
    ['not a document', 'nonsense', { everything: false, mfaRequired: false }],
  ];
  for (const [name, document, expected] of cases) {
    it(name, () => expect(grantOf(typeof document === 'string' ? parsePolicyDocument(document) : parsePolicyDocument(encodeURIComponent(JSON.stringify(document))))).toEqual(expected));
  }

  it('reads documents plain or URL-encoded', () => {
    const text = JSON.stringify(doc({ Effect: 'Allow', Action: '*', Resource: '*' }));
    expect(parsePolicyDocument(text)).toEqual(parsePolicyDocument(encodeURIComponent(text)));
    expect(parsePolicyDocument(undefined)).toBeUndefined();
  });
});

describe('who is an administrator', () => {
  it('knows the AWS-managed AdministratorAccess by its ARN in the account\'s partition', () => {
    const details = (arn: string) => ({ users: [{ name: 'a', arn: 'arn:aws-cn:iam::1:user/a', groups: [], attached: [arn], inline: [] }], groups: [], policies: [] });
    expect(administrators(details('arn:aws-cn:iam::aws:policy/AdministratorAccess'), 'aws-cn').map((admin) => admin.via)).toEqual([['AdministratorAccess']]);
    expect(administrators(details('arn:aws:iam::aws:policy/AdministratorAccess'), 'aws-cn')).toEqual([]);
  });

  it('a user is admin-with-MFA-required only when every path that makes it admin requires MFA', () => {
    const mfa = encodeURIComponent(JSON.stringify(doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })));
    const plain = encodeURIComponent(JSON.stringify(doc({ Effect: 'Allow', Action: '*', Resource: '*' })));
    const result = administrators(
      {
        users: [
          { name: 'only-mfa', arn: 'u1', groups: ['G'], attached: [], inline: [] },
          { name: 'both', arn: 'u2', groups: ['G'], attached: [], inline: [{ name: 'x', document: plain }] },
        ],
        groups: [{ name: 'G', attached: [], inline: [{ name: 'mfa', document: mfa }] }],
        policies: [],
      },
      'aws',
    );
    expect(result.map((admin) => [admin.userName, admin.mfaRequired])).toEqual([
      ['both', false],
      ['only-mfa', true],
    ]);
  });
});
