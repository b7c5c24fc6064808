/**
 * The intake form's own CSS, on top of core's base sheet. Mobile first: one
 * column that fits 320px; two columns for short fields once the widget itself
 * (not the viewport) is wide enough — it may sit in a narrow page column.
 */
export const intakeCss = `
.intake{position:relative;container-type:inline-size}
.form{display:grid;gap:20px;max-width:760px}
.field{display:grid;gap:6px}
.label{font-weight:600;padding:0}
.required{color:var(--retainer-danger)}
.choices{display:flex;flex-wrap:wrap;column-gap:24px}
.choice,.check{display:flex;align-items:center;gap:10px;min-height:44px;cursor:pointer}
.check{align-items:flex-start;min-height:0}
input[type=radio],input[type=checkbox]{width:22px;height:22px;margin:0;flex:none;accent-color:var(--retainer-accent)}
.check input{margin-top:1px}
.parties{list-style:none;margin:0;padding:0;display:grid;gap:8px}
.party-row{display:flex;gap:8px}
.party-row .input{flex:1;min-width:0}
.remove{min-width:44px;padding:0 12px;font-size:20px}
.disclaimer{display:grid;gap:12px;padding:16px;border:1px solid var(--retainer-border);border-radius:var(--retainer-radius);background:var(--retainer-subtle)}
.disclaimer-text{display:grid;gap:8px;font-size:15px}
.summary{display:grid;gap:8px;padding:16px;border:2px solid var(--retainer-danger);border-radius:var(--retainer-radius)}
.summary ul{margin:0;padding-left:20px}
.summary a{color:var(--retainer-danger);font-weight:600}
.failure{display:grid;gap:10px;border:2px solid var(--retainer-danger)}
.confirmation{display:grid;gap:12px;max-width:760px;padding:20px;border:2px solid var(--retainer-success);border-radius:var(--retainer-radius)}
.confirmation h2:focus{outline:none}
.confirmation h2:focus-visible,.failure h3:focus-visible{outline:3px solid var(--retainer-focus)}
.reference{font-size:22px;letter-spacing:.04em;white-space:nowrap}
.actions .button{width:100%}
@media (min-width:520px){.actions .button{width:auto}}
.hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
@container (min-width:560px){.form{grid-template-columns:1fr 1fr;column-gap:20px;align-items:end}.form>:not(.field),.wide{grid-column:1/-1}}
`;
