/** The claims a profile makes, each checkable: bar admissions, degrees, certifications with their issuer. */
import { useMessages } from '../../app-context.ts';
import { type AdmissionRow, type CertificationRow, type EducationRow, rowKey } from './lawyer-draft.ts';
import type { LawyerEditorModel } from './lawyer-editor-model.ts';
import { LawyerRowsField } from './lawyer-rows-field.tsx';
import { LawyerTextField } from './lawyer-text-field.tsx';

type ListName = 'barAdmissions' | 'education' | 'certifications';

export function LawyerCredentialsSection({ editor }: { editor: LawyerEditorModel }) {
  const t = useMessages();
  const l = t.lawyers;
  const d = editor.draft.value;
  const setRow = <R extends { key: number }>(list: ListName, key: number, change: Partial<R>) =>
    editor.update((x) => ({
      ...x,
      [list]: (x[list] as unknown as R[]).map((row) => (row.key === key ? { ...row, ...change } : row)),
    }));
  const add = (list: ListName, row: AdmissionRow | EducationRow | CertificationRow) =>
    editor.update((x) => ({ ...x, [list]: [...x[list], row] }));
  const remove = (list: ListName, key: number) =>
    editor.update((x) => ({ ...x, [list]: (x[list] as { key: number }[]).filter((row) => row.key !== key) }));
  const year = (list: ListName, row: { key: number; year: string }, index: number, required = false) => (
    <LawyerTextField
      editor={editor}
      path={`${list}.${index}.year`}
      label={l.year}
      inputMode="numeric"
      required={required}
      value={row.year}
      onInput={(value) => setRow<{ key: number; year: string }>(list, row.key, { year: value })}
    />
  );

  return (
    <section class="panel form-section" aria-labelledby="lawyer-credentials">
      <h2 id="lawyer-credentials" class="panel-title">
        {l.sections.credentials}
      </h2>
      <LawyerRowsField
        name="barAdmissions"
        title={l.barAdmissions}
        rows={d.barAdmissions}
        legend={l.admissionLegend}
        addLabel={l.addAdmission}
        onAdd={() => add('barAdmissions', { key: rowKey(), jurisdiction: '', year: '' })}
        onRemove={(key) => remove('barAdmissions', key)}
      >
        {(row, index) => (
          <>
            <LawyerTextField
              editor={editor}
              path={`barAdmissions.${index}.jurisdiction`}
              label={l.jurisdiction}
              required
              value={row.jurisdiction}
              onInput={(jurisdiction) => setRow<AdmissionRow>('barAdmissions', row.key, { jurisdiction })}
            />
            {year('barAdmissions', row, index, true)}
          </>
        )}
      </LawyerRowsField>
      <LawyerRowsField
        name="education"
        title={l.education}
        rows={d.education}
        legend={l.educationLegend}
        addLabel={l.addEducation}
        onAdd={() => add('education', { key: rowKey(), school: '', degree: '', year: '' })}
        onRemove={(key) => remove('education', key)}
      >
        {(row, index) => (
          <>
            <LawyerTextField
              editor={editor}
              path={`education.${index}.school`}
              label={l.school}
              required
              value={row.school}
              onInput={(school) => setRow<EducationRow>('education', row.key, { school })}
            />
            <LawyerTextField
              editor={editor}
              path={`education.${index}.degree`}
              label={l.degree}
              required
              value={row.degree}
              onInput={(degree) => setRow<EducationRow>('education', row.key, { degree })}
            />
            {year('education', row, index)}
          </>
        )}
      </LawyerRowsField>
      <LawyerRowsField
        name="certifications"
        title={l.certifications}
        rows={d.certifications}
        legend={l.certificationLegend}
        addLabel={l.addCertification}
        onAdd={() => add('certifications', { key: rowKey(), name: '', issuer: '', year: '' })}
        onRemove={(key) => remove('certifications', key)}
      >
        {(row, index) => (
          <>
            <LawyerTextField
              editor={editor}
              path={`certifications.${index}.name`}
              label={l.certificationName}
              required
              value={row.name}
              onInput={(name) => setRow<CertificationRow>('certifications', row.key, { name })}
            />
            <LawyerTextField
              editor={editor}
              path={`certifications.${index}.issuer`}
              label={l.issuer}
              required
              value={row.issuer}
              onInput={(issuer) => setRow<CertificationRow>('certifications', row.key, { issuer })}
            />
            {year('certifications', row, index)}
          </>
        )}
      </LawyerRowsField>
    </section>
  );
}
