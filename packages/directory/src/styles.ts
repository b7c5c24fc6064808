/**
 * The directory's CSS on top of core's base sheet. Mobile first: one column of cards; more
 * columns as the widget itself (not the viewport) widens, via container queries.
 */
export const directoryCss = `
.directory{container-type:inline-size}
.content{display:grid;gap:16px}
.filters{display:grid;gap:12px}
.filter{display:grid;gap:4px}
.filter label{font-weight:600;font-size:15px}
.cards{list-style:none;margin:0;padding:0;display:grid;gap:16px;grid-template-columns:1fr}
.card{display:flex;gap:16px;padding:16px;border:1px solid var(--retainer-border);border-radius:var(--retainer-radius);background:var(--retainer-surface)}
.card-body{display:grid;gap:4px;align-content:start;min-width:0}
.photo{width:96px;height:96px;flex:none;border-radius:50%;object-fit:cover;background:var(--retainer-subtle)}
.initials{display:flex;align-items:center;justify-content:center;font-size:28px;font-weight:700;color:var(--retainer-muted)}
.name{font-size:18px}
.open{all:unset;cursor:pointer;text-decoration:underline;text-underline-offset:3px;color:var(--retainer-text);font-weight:700}
.open:focus-visible{outline:3px solid var(--retainer-focus);outline-offset:2px}
.title{font-weight:600;color:var(--retainer-muted)}
.tags{font-size:15px}
.empty{display:grid;gap:12px;justify-items:start}
.layout-compact .card{padding:12px}
.backdrop{position:fixed;inset:0;z-index:2147483000;display:flex;align-items:flex-start;justify-content:center;padding:16px;background:rgb(0 0 0/.55);overflow-y:auto}
.dialog{position:relative;display:grid;gap:16px;width:100%;max-width:720px;padding:20px;border-radius:var(--retainer-radius);background:var(--retainer-surface);color:var(--retainer-text)}
.close{justify-self:end}
.profile-head{display:flex;gap:16px;align-items:center}
.profile-head .photo{width:112px;height:112px}
.facts{display:grid;gap:12px;margin:0}
.fact dt{font-weight:700}
.fact dd{margin:0}
.testimonials{display:grid;gap:12px}
.testimonials figure{margin:0;padding-left:12px;border-left:3px solid var(--retainer-accent)}
.testimonials blockquote{margin:0}
.profile-actions{display:flex;flex-wrap:wrap;gap:8px}
@container (min-width:560px){.cards{grid-template-columns:repeat(2,minmax(0,1fr))}.filters{grid-template-columns:repeat(2,minmax(0,1fr))}.layout-list .cards{grid-template-columns:1fr}.facts{grid-template-columns:1fr 1fr}}
@container (min-width:880px){.cards{grid-template-columns:repeat(3,minmax(0,1fr))}.filters{grid-template-columns:2fr 1fr 1fr 1fr}.layout-compact .cards{grid-template-columns:repeat(4,minmax(0,1fr))}}
@media (min-width:600px){.backdrop{align-items:center;padding:32px}}
`;
