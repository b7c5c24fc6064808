/**
 * A list of small records on the lawyer form (offices, bar admissions, degrees, certifications):
 * one fieldset per row with its own legend, a remove button naming the row, and an add button
 * that puts focus in the new row's first input.
 */
import type { ComponentChildren } from 'preact';
import { useMessages } from '../../app-context.ts';

type LawyerRowsFieldProps<Row extends { key: number }> = {
  /** Names the rows' group (`barAdmissions`); also the class hook for focusing a new row. */
  name: string;
  title: string;
  rows: Row[];
  legend: (n: number) => string;
  addLabel: string;
  onAdd: () => void;
  onRemove: (key: number) => void;
  children: (row: Row, index: number) => ComponentChildren;
};

export function LawyerRowsField<Row extends { key: number }>(props: LawyerRowsFieldProps<Row>) {
  const t = useMessages();
  const add = () => {
    props.onAdd();
    // After the new row renders: keyboard users land where they will type.
    requestAnimationFrame(() => {
      document.querySelector<HTMLInputElement>(`.rows-${props.name} > fieldset:last-of-type input`)?.focus();
    });
  };
  return (
    <div class={`rows-field rows-${props.name}`}>
      <h3 class="rows-title">{props.title}</h3>
      {props.rows.map((row, index) => (
        <fieldset key={row.key} class="fieldset row-fieldset">
          <legend>{props.legend(index + 1)}</legend>
          <div class="form-grid form-grid-3">{props.children(row, index)}</div>
          <button
            type="button"
            class="button button-quiet button-small"
            onClick={() => props.onRemove(row.key)}
            aria-label={t.lawyers.removeRowLabel(props.legend(index + 1))}
          >
            {t.lawyers.removeRow}
          </button>
        </fieldset>
      ))}
      <button type="button" class="button button-secondary button-small" onClick={add}>
        {props.addLabel}
      </button>
    </div>
  );
}
