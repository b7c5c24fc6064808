/**
 * The FAQ bot's CSS on top of core's base sheet. The floating host keeps its corner after the loader's
 * own sheet is dropped (the bubble's look is repeated here for that reason). Phones (< 600px wide) get a
 * full-screen sheet; wider screens a card above the bubble.
 */
export const faqCss = `
:host([floating]){position:fixed!important;bottom:16px;right:16px;z-index:2147483000;display:block!important;min-height:0!important}
:host([floating][position=bottom-left]){right:auto;left:16px}
.bubble{all:initial;box-sizing:border-box;display:flex;align-items:center;justify-content:center;width:56px;height:56px;border-radius:50%;background:var(--retainer-accent);color:var(--retainer-on-accent);cursor:pointer;box-shadow:0 4px 14px rgb(0 0 0/.3)}
.bubble:focus-visible{outline:3px solid var(--retainer-focus);outline-offset:3px}
:host([floating]) .root{display:contents}
.sheet{position:fixed;inset:0;z-index:1;display:flex;background:var(--retainer-surface);color:var(--retainer-text);font-size:16px;line-height:1.5}
.sheet>.skeleton,.sheet>.notice{margin:16px;flex:1}
.panel{display:flex;flex-direction:column;gap:12px;width:100%;min-height:0;padding:16px;background:var(--retainer-surface);color:var(--retainer-text)}
.inline .panel{border:1px solid var(--retainer-border);border-radius:var(--retainer-radius);height:560px}
.head{display:flex;align-items:center;justify-content:space-between;gap:8px}
.close{all:unset;display:flex;align-items:center;justify-content:center;width:44px;height:44px;border-radius:var(--retainer-radius);font-size:28px;line-height:1;cursor:pointer;color:var(--retainer-text)}
.close:focus-visible{outline:3px solid var(--retainer-focus)}
.disclosure{font-size:14px;padding:8px 12px;border-radius:var(--retainer-radius);background:var(--retainer-subtle);color:var(--retainer-text)}
.log{position:relative;flex:1;min-height:0;overflow-y:auto;display:grid;align-content:start;gap:12px;padding:2px}
.message{max-width:92%;padding:10px 12px;border-radius:var(--retainer-radius)}
.bot.message,.answer{background:var(--retainer-subtle)}
div.bot.message{display:grid;gap:8px;justify-items:start}
.visitor.message{justify-self:end;background:var(--retainer-accent);color:var(--retainer-on-accent)}
.answers{display:grid;gap:8px}
.answer{display:grid;gap:6px;max-width:100%}
.answer h3{font-size:16px}
.source{font-size:15px}
.related,.suggestions,.choices{display:grid;gap:6px}
.related ul,.suggestions ul,.choices ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.chip{all:unset;box-sizing:border-box;min-height:44px;padding:8px 12px;border:1px solid var(--retainer-border);border-radius:22px;background:var(--retainer-surface);color:var(--retainer-text);cursor:pointer;font-size:15px;line-height:1.3}
.chip:focus-visible,.link:focus-visible{outline:3px solid var(--retainer-focus);outline-offset:2px}
.chip[aria-pressed=true]{border-color:var(--retainer-accent);font-weight:600}.chip:disabled{cursor:default}
.handoff{display:grid;gap:8px;padding:12px;border:1px solid var(--retainer-border);border-radius:var(--retainer-radius)}
.handoff-actions{display:flex;flex-wrap:wrap;gap:8px}
.handoff .button{min-height:44px}
.open-now{font-weight:700;color:var(--retainer-success,#166534)}
.closed-now{font-weight:700}
.ask{display:flex;gap:8px}
.ask .input{flex:1;min-width:0}
.link{all:unset;justify-self:start;min-height:44px;display:inline-flex;align-items:center;cursor:pointer;text-decoration:underline;text-underline-offset:3px;color:var(--retainer-text);font-size:15px}
.error{color:var(--retainer-danger)}
@media (min-width:600px){
.sheet{inset:auto 16px 88px auto;width:400px;height:min(640px,calc(100vh - 104px));border:1px solid var(--retainer-border);border-radius:calc(var(--retainer-radius) + 4px);box-shadow:0 12px 40px rgb(0 0 0/.25);overflow:hidden}
:host([position=bottom-left]) .sheet{right:auto;left:16px}
}
`;
