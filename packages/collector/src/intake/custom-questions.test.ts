import { type IntakeQuestion, problemTypes, publicSiteConfig } from '@retainer/schema';
import { type AdminSite, adminSite, intakeDetail, personExport } from '@retainer/schema/admin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminKit, createAdminKit } from '../admin-api/test-kit.ts';
import { parseCsv } from '../csv/index.ts';
import { intakeBody, post } from '../test-support/requests.ts';
import { storageKinds } from '../test-support/test-storage.ts';

const visa: IntakeQuestion = {
  id: 'q-visa',
  kind: 'choice',
  label: { en: 'Visa type', ru: 'Тип визы', zh: '签证类型' },
  required: true,
  options: [
    { id: 'work', label: { en: 'Work visa', ru: 'Рабочая виза', zh: '工作签证' } },
    { id: 'family', label: { en: 'Family visa' } },
  ],
  showWhen: { practiceAreas: ['immigration'] },
};
const sponsor: IntakeQuestion = {
  id: 'q-sponsor',
  kind: 'shortText',
  label: { en: 'Sponsoring employer' },
  required: true,
  showWhen: { answer: { field: 'q-visa', equals: 'work' } },
};
const children: IntakeQuestion = {
  id: 'q-children',
  kind: 'yesNo',
  label: { en: 'Are there children?' },
  required: false,
  showWhen: { practiceAreas: ['family'] },
};

describe.each(storageKinds)('custom intake questions on %s (issue 17)', (kind) => {
  let kit: AdminKit;
  const site = async () =>
    adminSite.parse(await (await kit.call('/api/admin/sites/harbor-vale', { session: kit.admin })).json());
  const saveQuestions = async (questions: unknown[], change: Partial<AdminSite> = {}) => {
    const { id: _id, disclaimerVersion: _v, createdAt: _c, updatedAt: _u, ...input } = { ...(await site()), ...change };
    return kit.call('/api/admin/sites/harbor-vale', {
      method: 'PUT',
      session: kit.admin,
      body: { ...input, intakeQuestions: questions },
    });
  };
  const countIntakes = async () =>
    Number(
      (
        await kit.db
          .selectFrom('intakes')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const submit = (fields: Record<string, unknown>, answers?: Record<string, string>) => {
    const base = intakeBody();
    return kit.app.request(
      '/v1/intake',
      post({ ...base, fields: { ...base.fields, ...fields }, ...(answers ? { answers } : {}) }),
    );
  };

  beforeAll(async () => {
    kit = await createAdminKit(kind);
    const res = await saveQuestions([visa, sponsor, children]);
    expect(res.status, await res.clone().text()).toBe(200);
  });
  afterAll(() => kit.cleanup());

  it('keeps the questions in the site and serves them to the widget', async () => {
    expect((await site()).intakeQuestions).toEqual([visa, sponsor, children]);
    const config = publicSiteConfig.parse(await (await kit.app.request('/v1/sites/harbor-vale/config')).json());
    expect(config.intake.questions?.map((q) => q.id)).toEqual(['q-visa', 'q-sponsor', 'q-children']);
  });

  it('refuses a question set whose condition names a later question or an unknown practice area', async () => {
    const loop = await saveQuestions([sponsor, visa]);
    expect(loop.status).toBe(422);
    expect((await loop.json()).errors).toEqual([
      { path: 'intakeQuestions.0.showWhen.answer.field', code: 'unknown_option' },
    ]);
    const area = await saveQuestions([{ ...visa, showWhen: { practiceAreas: ['tax'] } }]);
    expect((await area.json()).errors).toEqual([
      { path: 'intakeQuestions.0.showWhen.practiceAreas', code: 'unknown_option' },
    ]);
    // Removing the practice area a kept question depends on is refused too.
    const { practiceAreas } = await site();
    const removed = await kit.call('/api/admin/sites/harbor-vale', { session: kit.admin }).then(async (r) => {
      const {
        id: _i,
        disclaimerVersion: _v,
        createdAt: _c,
        updatedAt: _u,
        intakeQuestions: _q,
        ...input
      } = adminSite.parse(await r.json());
      return kit.call('/api/admin/sites/harbor-vale', {
        method: 'PUT',
        session: kit.admin,
        body: { ...input, practiceAreas: practiceAreas.filter((p) => p.id !== 'immigration') },
      });
    });
    expect(removed.status).toBe(422);
    expect((await site()).intakeQuestions).toEqual([visa, sponsor, children]);
  });

  it('refuses an answer to a hidden question with a 422 naming it, and stores nothing', async () => {
    const before = await countIntakes();
    const res = await submit({ practiceArea: 'family' }, { 'q-visa': 'work' });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.json();
    expect(body.type).toBe(problemTypes.validation);
    expect(body.errors).toEqual([{ path: 'answers.q-visa', code: 'not_allowed' }]);
    const chained = await submit({ practiceArea: 'immigration' }, { 'q-visa': 'family', 'q-sponsor': 'Acme' });
    expect((await chained.json()).errors).toEqual([{ path: 'answers.q-sponsor', code: 'not_allowed' }]);
    const unknown = await submit({}, { 'q-nothing': 'x' });
    expect((await unknown.json()).errors).toEqual([{ path: 'answers.q-nothing', code: 'not_allowed' }]);
    expect(await countIntakes()).toBe(before);
  });

  it('requires a required visible question, and the phone when the visitor asks to be phoned', async () => {
    const before = await countIntakes();
    const missing = await submit({ practiceArea: 'immigration' });
    expect(missing.status).toBe(422);
    expect((await missing.json()).errors).toEqual([{ path: 'answers.q-visa', code: 'required' }]);
    const sponsorMissing = await submit({ practiceArea: 'immigration' }, { 'q-visa': 'work' });
    expect((await sponsorMissing.json()).errors).toEqual([{ path: 'answers.q-sponsor', code: 'required' }]);
    const noPhone = await submit({ contactMethod: 'phone', phone: '' });
    expect(noPhone.status).toBe(422);
    expect((await noPhone.json()).errors).toEqual([{ path: 'fields.phone', code: 'required' }]);
    const badOption = await submit({ practiceArea: 'immigration' }, { 'q-visa': 'tourist' });
    expect((await badOption.json()).errors).toEqual([{ path: 'answers.q-visa', code: 'unknown_option' }]);
    expect(await countIntakes()).toBe(before);
    // A hidden required question is not required: a family matter is accepted without a visa type.
    expect((await submit({ description: 'Custody, phoned please', contactMethod: 'phone' })).status).toBe(201);
  });

  it('stores answers encrypted with the label as answered, and shows them in the detail and the CSV', async () => {
    const base = intakeBody();
    const body = {
      ...base,
      fields: { ...base.fields, practiceArea: 'immigration', description: 'My work permit runs out in May.' },
      answers: { 'q-visa': 'work', 'q-sponsor': 'Quillfeather Robotics' },
    };
    expect((await kit.app.request('/v1/intake', post(body))).status).toBe(201);
    const row = await kit.db.selectFrom('intakes').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    const raw = JSON.stringify(row);
    for (const plain of ['Quillfeather', 'Visa type', 'Sponsoring', 'Work visa']) expect(raw).not.toContain(plain);
    expect(Object.keys(JSON.parse(row.personal))).toEqual(
      expect.arrayContaining(['answer:q-visa', 'answer:q-sponsor']),
    );

    // A later edit of the label does not rewrite what was answered.
    const renamed = await saveQuestions([{ ...visa, label: { en: 'Kind of visa' } }, sponsor, children]);
    expect(renamed.status).toBe(200);

    const detail = intakeDetail.parse(
      await (await kit.call(`/api/admin/inbox/${body.id}`, { session: kit.admin })).json(),
    );
    expect(detail.answers).toEqual([
      { id: 'q-visa', kind: 'choice', label: visa.label, value: 'work', valueLabel: visa.options?.[0]?.label },
      { id: 'q-sponsor', kind: 'shortText', label: sponsor.label, value: 'Quillfeather Robotics' },
    ]);
    expect(detail.fields).not.toHaveProperty('answer:q-visa');

    const csv = await (await kit.call('/api/admin/inbox/export', { session: kit.admin })).text();
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
    const visaColumn = header!.indexOf('Visa type');
    const sponsorColumn = header!.indexOf('Sponsoring employer');
    expect(visaColumn).toBeGreaterThan(header!.indexOf('Erased'));
    const reference = header!.indexOf('Reference');
    const line = rows.find((r) => r[reference] === row.reference)!;
    expect([line[visaColumn], line[sponsorColumn]]).toEqual(['Work visa', 'Quillfeather Robotics']);
    // Intakes without the question have an empty cell.
    expect(rows.filter((r) => r[visaColumn] === '').length).toBeGreaterThan(0);
  });

  it('exports the answers with the person’s data, and erasing the person removes them', async () => {
    const base = intakeBody();
    const email = 'mira.kaye@example.com';
    const body = {
      ...base,
      fields: { ...base.fields, email, practiceArea: 'family', description: 'Erase me later.' },
      answers: { 'q-children': 'yes' },
    };
    expect((await kit.app.request('/v1/intake', post(body))).status).toBe(201);
    const exported = personExport.parse(
      await (await kit.call('/api/admin/people/export', { session: kit.admin, body: { email } })).json(),
    );
    expect(exported.intakes[0]?.answers).toEqual([
      { id: 'q-children', kind: 'yesNo', label: children.label, value: 'yes' },
    ]);
    expect((await kit.call('/api/admin/people/erase', { session: kit.admin, body: { email } })).status).toBe(200);
    const row = await kit.db
      .selectFrom('intakes')
      .select('personal')
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(row.personal).toBe('{}');
  });
});
