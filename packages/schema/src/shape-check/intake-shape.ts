/**
 * GENERATED from `intakeSubmission` by write-intake-shape.ts — do not edit; the schema test says when it is stale.
 * The intake widget checks a submission with it (`checkShape`) instead of shipping zod (issue 18).
 */
import type { Shape } from './shape.ts';

export const intakeShape: Shape = {
  t: 'object',
  shape: {
    id: {
      t: 'string',
      checks: [
        {
          c: 're',
          p: '^[A-Za-z0-9_-]{16,64}$',
          m: 'invalid_id',
        },
      ],
    },
    site: {
      t: 'string',
      checks: [
        {
          c: 're',
          p: '^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$',
          m: 'invalid_site',
        },
      ],
    },
    journey: {
      t: 'optional',
      of: {
        t: 'string',
        checks: [
          {
            c: 're',
            p: '^[A-Za-z0-9_-]{16,64}$',
            m: 'invalid_id',
          },
        ],
      },
    },
    lang: {
      t: 'optional',
      of: {
        t: 'literal',
        values: ['en', 'ru', 'zh'],
      },
    },
    fields: {
      t: 'object',
      shape: {
        name: {
          t: 'optional',
          of: {
            t: 'string',
            checks: [
              {
                c: 'trim',
              },
              {
                c: 'max',
                n: 200,
                m: 'too_long',
              },
            ],
          },
        },
        email: {
          t: 'optional',
          of: {
            t: 'pipe',
            in: {
              t: 'string',
              checks: [
                {
                  c: 'trim',
                },
                {
                  c: 'max',
                  n: 254,
                  m: 'too_long',
                },
              ],
            },
            out: {
              t: 'union',
              of: [
                {
                  t: 'literal',
                  values: [''],
                },
                {
                  t: 'string',
                  m: 'invalid_email',
                  checks: [
                    {
                      c: 're',
                      p: "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
                      m: 'invalid_email',
                    },
                  ],
                },
              ],
            },
          },
        },
        phone: {
          t: 'optional',
          of: {
            t: 'string',
            checks: [
              {
                c: 'trim',
              },
              {
                c: 're',
                p: '^$|^\\+?[0-9 ().-]{5,30}$',
                m: 'invalid_phone',
              },
            ],
          },
        },
        contactMethod: {
          t: 'optional',
          of: {
            t: 'union',
            of: [
              {
                t: 'literal',
                values: [''],
              },
              {
                t: 'literal',
                values: ['email', 'phone', 'either'],
              },
            ],
          },
        },
        practiceArea: {
          t: 'optional',
          of: {
            t: 'union',
            of: [
              {
                t: 'literal',
                values: [''],
              },
              {
                t: 'string',
                checks: [
                  {
                    c: 're',
                    p: '^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$',
                    m: 'invalid_slug',
                  },
                ],
              },
            ],
          },
        },
        jurisdiction: {
          t: 'optional',
          of: {
            t: 'string',
            checks: [
              {
                c: 'trim',
              },
              {
                c: 'max',
                n: 120,
                m: 'too_long',
              },
            ],
          },
        },
        description: {
          t: 'optional',
          of: {
            t: 'string',
            checks: [
              {
                c: 'trim',
              },
              {
                c: 'max',
                n: 5000,
                m: 'too_long',
              },
            ],
          },
        },
        adverseParties: {
          t: 'optional',
          of: {
            t: 'array',
            of: {
              t: 'string',
              checks: [
                {
                  c: 'trim',
                },
                {
                  c: 'min',
                  n: 1,
                  m: 'required',
                },
                {
                  c: 'max',
                  n: 200,
                  m: 'too_long',
                },
              ],
            },
            checks: [
              {
                c: 'max',
                n: 20,
                m: 'too_many',
              },
            ],
          },
        },
        relatedParties: {
          t: 'optional',
          of: {
            t: 'array',
            of: {
              t: 'string',
              checks: [
                {
                  c: 'trim',
                },
                {
                  c: 'min',
                  n: 1,
                  m: 'required',
                },
                {
                  c: 'max',
                  n: 200,
                  m: 'too_long',
                },
              ],
            },
            checks: [
              {
                c: 'max',
                n: 20,
                m: 'too_many',
              },
            ],
          },
        },
        deadline: {
          t: 'optional',
          of: {
            t: 'union',
            of: [
              {
                t: 'literal',
                values: [''],
              },
              {
                t: 'string',
                m: 'invalid_date',
                checks: [
                  {
                    c: 're',
                    p: '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$',
                    m: 'invalid_date',
                  },
                ],
              },
            ],
          },
        },
        referral: {
          t: 'optional',
          of: {
            t: 'string',
            checks: [
              {
                c: 'trim',
              },
              {
                c: 'max',
                n: 200,
                m: 'too_long',
              },
            ],
          },
        },
      },
    },
    answers: {
      t: 'optional',
      of: {
        t: 'record',
        key: {
          t: 'string',
          checks: [
            {
              c: 're',
              p: '^q-[a-z0-9]{1,32}$',
              m: 'invalid_id',
            },
          ],
        },
        value: {
          t: 'string',
          checks: [
            {
              c: 'trim',
            },
            {
              c: 'max',
              n: 5000,
              m: 'too_long',
            },
          ],
        },
        checks: [
          {
            c: 'keys',
            n: 30,
            m: 'too_many',
          },
        ],
      },
    },
    disclaimer: {
      t: 'object',
      shape: {
        version: {
          t: 'number',
          checks: [
            {
              c: 'int',
            },
            {
              c: 'gte',
              n: 1,
            },
          ],
        },
        accepted: {
          t: 'literal',
          values: [true],
        },
      },
    },
    fillMs: {
      t: 'number',
      checks: [
        {
          c: 'int',
        },
        {
          c: 'gte',
          n: 0,
        },
      ],
    },
    lawyer: {
      t: 'optional',
      of: {
        t: 'string',
        checks: [
          {
            c: 're',
            p: '^[A-Za-z0-9_-]{1,64}$',
            m: 'invalid_id',
          },
        ],
      },
    },
    website: {
      t: 'optional',
      of: {
        t: 'string',
        checks: [
          {
            c: 'max',
            n: 200,
          },
        ],
      },
    },
    captcha: {
      t: 'optional',
      of: {
        t: 'string',
        checks: [
          {
            c: 'min',
            n: 1,
          },
          {
            c: 'max',
            n: 8192,
            m: 'too_long',
          },
        ],
      },
    },
  },
};
