/**
 * The CSS every widget shares. `:host` drops whatever the page would make the
 * element inherit; `.root` then sets every inherited property itself, so page
 * resets and `!important` rules on `div`, `input` or `button` cannot reach the
 * widget. Units are px: `rem` would follow the page's root font size.
 * A page may reserve space itself (`retainer-intake { min-height: 1480px }`) for
 * the moment before the loader runs; once mounted, the widget sizes itself.
 */
export const baseCss = `
:host{all:initial;display:block!important;font-family:inherit;min-height:auto!important}
:host([hidden]){display:none!important}
.root{all:initial;display:block;box-sizing:border-box;font-family:inherit;font-size:16px;line-height:1.5;color:var(--retainer-text);text-align:start;-webkit-text-size-adjust:100%;text-size-adjust:100%;overflow-wrap:break-word}
.root *,.root *::before,.root *::after{box-sizing:border-box}
h2,h3,p,ul,fieldset,legend{margin:0;padding:0}
fieldset{border:0;min-width:0}
h2{font-size:22px;line-height:1.3;font-weight:700}
h3{font-size:18px;line-height:1.35;font-weight:700}
a{color:inherit;text-decoration:underline;text-underline-offset:2px}
:focus-visible{outline:3px solid var(--retainer-focus);outline-offset:2px}
input,select,textarea,button{font:inherit;font-size:16px;color:inherit;margin:0;letter-spacing:normal;text-transform:none}
.input{display:block;width:100%;min-height:44px;padding:9px 12px;border:1px solid var(--retainer-border);border-radius:var(--retainer-radius);background:var(--retainer-surface);color:var(--retainer-text);line-height:1.4}
textarea.input{min-height:120px;resize:vertical}
select.input{appearance:none;padding-right:36px;background-image:linear-gradient(45deg,transparent 50%,currentColor 50%),linear-gradient(135deg,currentColor 50%,transparent 50%);background-position:calc(100% - 18px) 50%,calc(100% - 13px) 50%;background-size:5px 5px;background-repeat:no-repeat}
.input[aria-invalid=true]{border:2px solid var(--retainer-danger)}
.button{display:inline-flex;align-items:center;justify-content:center;gap:8px;min-height:44px;padding:10px 20px;border:2px solid var(--retainer-accent);border-radius:var(--retainer-radius);background:var(--retainer-accent);color:var(--retainer-on-accent);font-weight:600;line-height:1.2;cursor:pointer;text-decoration:none}
.button[aria-disabled=true]{opacity:.7;cursor:progress}
.button.secondary{background:transparent;color:var(--retainer-text);border:1px solid var(--retainer-border)}
.hint{color:var(--retainer-muted);font-size:15px}
.error{color:var(--retainer-danger);font-weight:600}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
.skeleton{display:grid;gap:16px;padding:4px 0}
.skeleton span{display:block;height:44px;border-radius:var(--retainer-radius);background:var(--retainer-subtle)}
.skeleton span:nth-child(odd){height:18px;width:40%}
.notice{padding:16px;border-radius:var(--retainer-radius);border:1px solid var(--retainer-border);background:var(--retainer-subtle)}
.reference{font-size:13px}.reference code{user-select:all;overflow-wrap:anywhere}
@media (prefers-reduced-motion:no-preference){.skeleton span{animation:pulse 1.4s ease-in-out infinite}}
@keyframes pulse{50%{opacity:.55}}
@media (forced-colors:active){.button{border-color:ButtonText}.input[aria-invalid=true]{border-color:Mark}}
`;
