/** The tracker's CSS on top of core's base sheet: one column, a vertical timeline, 16px inputs. */
export const statusCss = `
.status{container-type:inline-size}
.lookup,.matter{display:grid;gap:16px;max-width:640px}
.field{display:grid;gap:4px}
.field label{font-weight:600}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;letter-spacing:.08em;text-transform:uppercase}
.error:empty,.sent:empty{display:none}
.check{display:flex;gap:8px;align-items:center;font-size:16px}
.check input{width:20px;height:20px;margin:0}
.text{white-space:pre-wrap;margin:0}
.sent{color:var(--retainer-success,#146c2e);font-weight:600}
.head{display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between}
.updated{padding:12px 16px;border-radius:var(--retainer-radius);background:var(--retainer-subtle)}
.section{display:grid;gap:8px}
.timeline,.updates,.invoices{list-style:none;margin:0;padding:0;display:grid}
.stage{position:relative;display:flex;gap:12px;padding-bottom:16px}
.stage:not(:last-child)::before{content:"";position:absolute;left:9px;top:22px;bottom:0;width:2px;background:var(--retainer-border)}
.stage.done:not(:last-child)::before{background:var(--retainer-accent)}
.marker{flex:none;width:20px;height:20px;margin-top:2px;border-radius:50%;border:2px solid var(--retainer-border);background:var(--retainer-surface)}
.done .marker{border-color:var(--retainer-accent);background:var(--retainer-accent)}
.current .marker{border:6px solid var(--retainer-accent)}
.upcoming .stage-label{color:var(--retainer-muted)}
.stage-body{display:grid;gap:2px}
.now{margin-left:8px;padding:1px 8px;border-radius:999px;background:var(--retainer-accent);color:var(--retainer-on-accent);font-size:14px;font-weight:600}
.updates{gap:12px}
.updates li{padding-left:12px;border-left:3px solid var(--retainer-border)}
.invoices{gap:12px}
.invoice{display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between;padding:12px 16px;border:1px solid var(--retainer-border);border-radius:var(--retainer-radius)}
.message{gap:8px}
.lookup>.button,.message>.button{justify-self:start}
.message h3 label{font:inherit}
`;
