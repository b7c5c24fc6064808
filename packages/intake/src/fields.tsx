/**
 * The form's inputs, one component per kind: text-like inputs, a select of
 * practice areas, a radio group and a repeatable list of names. Each wires its
 * label, hint and error to the input (`for`, `aria-describedby`, `aria-invalid`).
 */
import { contactMethods, type IntakeFieldName, type PracticeArea, pickText } from '@retainer/schema';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { IntakeText } from './messages/load-messages.ts';
import { type IntakeModel, isPartyField, type PartyField, type TextField } from './model.ts';

export type FieldProps = {
  name: IntakeFieldName;
  required: boolean;
  model: IntakeModel;
  t: IntakeText;
};

/** `f-email`, `f-adverseParties-2`: ids are scoped to the shadow root, so they cannot clash with the page. */
export const inputId = (path: string) => `f-${path.replace('.', '-')}`;

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The message for an error code; a missing tick on the disclaimer gets its own words. */
export function errorText(t: IntakeText, code: string | undefined, path = '') {
  if (!code) return undefined;
  if (path === 'disclaimer' && code !== 'disclaimer_outdated') return t.errors.disclaimer;
  return (t.errors as Record<string, string>)[code] ?? t.errors.invalid;
}

function Label({ id, text, required }: { id: string; text: string; required: boolean }) {
  return (
    <label for={id} class="label" part="label">
      {text}
      {required && (
        <span class="required" aria-hidden="true">
          {' '}
          *
        </span>
      )}
    </label>
  );
}

function Hint({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={`${id}-hint`} class="hint">
      {text}
    </p>
  ) : null;
}

export function ErrorMessage({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={`${id}-error`} class="error" part="error">
      {text}
    </p>
  ) : null;
}

/** `wide` fields take the whole row when the form is wide enough for two columns. */
function Shell({ children, wide = false }: { children: ComponentChildren; wide?: boolean }) {
  return (
    <div class={wide ? 'field wide' : 'field'} part="field">
      {children}
    </div>
  );
}

/** How each text-like field is typed and autocompleted; party names say `off` so the browser never fills in the visitor's own name. */
const inputKinds: Record<
  Exclude<TextField, 'contactMethod' | 'practiceArea'>,
  { type: string; autocomplete: string }
> = {
  name: { type: 'text', autocomplete: 'name' },
  email: { type: 'email', autocomplete: 'email' },
  phone: { type: 'tel', autocomplete: 'tel' },
  jurisdiction: { type: 'text', autocomplete: 'off' },
  description: { type: 'textarea', autocomplete: 'off' },
  deadline: { type: 'date', autocomplete: 'off' },
  referral: { type: 'text', autocomplete: 'off' },
};

/** Whether a field takes the whole row (`wide`): the party lists and the textarea. */
export const isWideField = (name: IntakeFieldName) =>
  isPartyField(name) || inputKinds[name as keyof typeof inputKinds]?.type === 'textarea';

export function TextInput({ name, required, model, t }: FieldProps & { name: keyof typeof inputKinds }) {
  const id = inputId(name);
  const { type, autocomplete } = inputKinds[name];
  const hint = (t.intake.hints as Partial<Record<IntakeFieldName, string>>)[name];
  const error = errorText(t, model.errors.value[name]);
  const props = {
    id,
    name,
    class: 'input',
    part: 'input',
    autocomplete,
    required,
    'aria-required': required,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, hint, error),
    readOnly: model.locked.value,
    value: model.draft.value[name],
    onInput: (event: Event) => model.setField(name, (event.currentTarget as HTMLInputElement).value),
  };
  return (
    <Shell wide={type === 'textarea'}>
      <Label id={id} text={t.intake.labels[name]} required={required} />
      <Hint id={id} text={hint} />
      <ErrorMessage id={id} text={error} />
      {type === 'textarea' ? (
        <textarea {...props} rows={5} maxLength={5000} />
      ) : (
        <input
          {...props}
          type={type}
          {...(type === 'email' ? { spellcheck: false, autocapitalize: 'off' } : {})}
          maxLength={type === 'date' ? undefined : 254}
        />
      )}
    </Shell>
  );
}

export function PracticeAreaSelect({
  required,
  model,
  t,
  areas,
  lang,
}: FieldProps & { areas: PracticeArea[]; lang: 'en' | 'ru' | 'zh' }) {
  const id = inputId('practiceArea');
  const error = errorText(t, model.errors.value.practiceArea);
  return (
    <Shell>
      <Label id={id} text={t.intake.labels.practiceArea} required={required} />
      <ErrorMessage id={id} text={error} />
      <select
        id={id}
        name="practiceArea"
        class="input"
        part="input"
        required={required}
        aria-required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, false, error)}
        value={model.draft.value.practiceArea}
        onChange={(event) => model.setField('practiceArea', event.currentTarget.value)}
      >
        <option value="">{t.intake.choose}</option>
        {areas.map((area) => (
          <option key={area.id} value={area.id}>
            {pickText(area.label, lang)}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function ContactMethodChoice({ required, model, t }: FieldProps) {
  const id = inputId('contactMethod');
  const error = errorText(t, model.errors.value.contactMethod);
  return (
    <fieldset class="field" part="field" aria-describedby={describedBy(id, false, error)}>
      <legend class="label" part="label">
        {t.intake.labels.contactMethod}
        {required && (
          <span class="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      <ErrorMessage id={id} text={error} />
      <div class="choices">
        {contactMethods.map((method, index) => (
          <label class="choice" key={method}>
            <input
              type="radio"
              name="contactMethod"
              id={index === 0 ? id : undefined}
              value={method}
              required={required}
              aria-invalid={error ? 'true' : undefined}
              checked={model.draft.value.contactMethod === method}
              onChange={() => model.setField('contactMethod', method)}
            />
            {t.intake.contactMethods[method]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const maxParties = 20;

export function PartyList({ name, required, model, t }: FieldProps & { name: PartyField }) {
  const id = inputId(name);
  const names = model.draft.value[name];
  const hint = t.intake.hints[name];
  const listError = errorText(t, model.errors.value[name]);
  const count = useRef(names.length);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    // A name was added: put the cursor in it.
    if (names.length > count.current) list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus();
    count.current = names.length;
  }, [names.length]);

  return (
    <fieldset class="field wide" part="field" aria-describedby={describedBy(id, hint, listError)}>
      <legend class="label" part="label">
        {t.intake.labels[name]}
        {required && (
          <span class="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      <Hint id={id} text={hint} />
      <ErrorMessage id={id} text={listError} />
      <ul class="parties" ref={list}>
        {names.map((value, index) => {
          const itemId = inputId(`${name}.${index}`);
          const error = errorText(t, model.errors.value[`${name}.${index}`]);
          // Keyed by position: rows are controlled inputs, and names can repeat.
          return (
            <li key={index} class="party">
              <label for={itemId} class="visually-hidden">
                {t.intake.partyName(index + 1)}
              </label>
              <div class="party-row">
                <input
                  id={itemId}
                  class="input"
                  part="input"
                  type="text"
                  autocomplete="off"
                  maxLength={200}
                  required={required && index === 0}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? `${itemId}-error` : undefined}
                  readOnly={model.locked.value}
                  value={value}
                  onInput={(event) => model.setParty(name, index, event.currentTarget.value)}
                />
                {names.length > 1 && (
                  <button
                    type="button"
                    class="button secondary remove"
                    aria-label={t.intake.removeParty(index + 1)}
                    onClick={() => {
                      model.removeParty(name, index);
                      list.current
                        ?.querySelector<HTMLInputElement>(`li:nth-child(${Math.max(1, index)}) input`)
                        ?.focus();
                    }}
                  >
                    ×
                  </button>
                )}
              </div>
              <ErrorMessage id={itemId} text={error} />
            </li>
          );
        })}
      </ul>
      {names.length < maxParties && (
        <p>
          <button type="button" class="button secondary" onClick={() => model.addParty(name)}>
            + {t.intake.addParty}
          </button>
        </p>
      )}
    </fieldset>
  );
}
