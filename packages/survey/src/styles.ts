/**
 * The survey's CSS on top of core's base sheet: a calm card in a corner (a bottom sheet on
 * phones) or inline; score buttons of at least 44 px, two rows for 0–10 in narrow widths. The floating dialog's
 * host keeps no reserved height (the loader reserves the inline survey's; see build.ts).
 */
export const surveyCss = `
:host([mode=dialog]) .root{min-height:0!important}
.survey{container-type:inline-size;display:grid;gap:16px}
.dialog{position:fixed;z-index:2147483600;right:16px;bottom:16px;width:min(460px,calc(100vw - 32px));max-height:calc(100vh - 32px);overflow-y:auto;padding:20px;border:1px solid var(--retainer-border);border-radius:calc(var(--retainer-radius) * 2);background:var(--retainer-surface);color:var(--retainer-text);box-shadow:0 12px 40px rgb(0 0 0/.22)}
@media (max-width:480px){.dialog{right:8px;left:8px;bottom:8px;width:auto;max-height:calc(100vh - 16px)}}
.dialog h2{padding-right:36px}
[tabindex="-1"]:focus{outline:none}
.close{all:unset;position:absolute;top:8px;right:8px;display:inline-flex;align-items:center;justify-content:center;width:44px;height:44px;border-radius:var(--retainer-radius);font-size:28px;line-height:1;cursor:pointer;color:var(--retainer-muted)}
.close:focus-visible{outline:3px solid var(--retainer-focus);outline-offset:0}
form{display:grid;gap:20px}
.question{display:grid;gap:8px}
.question legend{font-weight:700;font-size:17px;margin-bottom:8px}
.scale{display:grid;gap:4px}
.scale-5{grid-template-columns:repeat(5,minmax(0,1fr))}
.scale-11{grid-template-columns:repeat(11,minmax(0,1fr))}
@container (max-width:400px){.scale-11{grid-template-columns:repeat(6,minmax(0,1fr))}}
.score{position:relative;display:block}
.score input{position:absolute;inset:0;width:100%;height:100%;margin:0;opacity:0;cursor:pointer}
.score span{display:flex;align-items:center;justify-content:center;min-height:44px;border:1px solid var(--retainer-border);border-radius:var(--retainer-radius);background:var(--retainer-surface);font-weight:600}
.score input:hover+span{border-color:var(--retainer-accent)}
.score input:checked+span{background:var(--retainer-accent);border-color:var(--retainer-accent);color:var(--retainer-on-accent)}
.score input:focus-visible+span{outline:3px solid var(--retainer-focus);outline-offset:2px}
.ends{display:flex;justify-content:space-between;gap:12px;font-size:14px;color:var(--retainer-muted)}
.ends span:last-child{text-align:end}
.field{display:grid;gap:4px}
.field label{font-weight:600}
textarea.input{min-height:96px}
.actions{display:flex;gap:12px;align-items:center;flex-wrap:wrap}
.thanks{display:grid;gap:12px}
.links{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:8px}
.contact{list-style:none;margin:0;padding:0;display:grid;gap:4px}
@media (forced-colors:active){.score input:checked+span{forced-color-adjust:none;background:Highlight;color:HighlightText}}
`;
