/**
 * The directory's state and actions: the loaded document, the visitor's filters, the open
 * profile, and what following an action does (journey events, intake handoff).
 *
 * @example
 *   const model = createDirectoryModel(context);
 *   await model.load();
 *   model.setFilter('language', 'zh');
 *   model.visible.value // lawyers speaking Chinese
 */
import { computed, signal } from '@preact/signals';
import type { WidgetContext } from '@retainer/core';
import type { PublicDirectory, PublicLawyer } from '@retainer/schema';
import { handOffToIntake } from './handoff.ts';
import { addJsonLd } from './json-ld.ts';
import { type DirectoryMessages, loadDirectoryMessages } from './messages/load-messages.ts';
import { narrowed, readNarrowing } from './narrowing.ts';

export type Filters = { practice: string; language: string; office: string; query: string };
export type DirectoryStatus = 'loading' | 'ready' | 'failed';
export type DirectoryModel = ReturnType<typeof createDirectoryModel>;
export type FollowedAction = 'contact' | 'booking' | 'email' | 'phone';

const emptyFilters: Filters = { practice: '', language: '', office: '', query: '' };

/** Case- and accent-insensitive, so "zhang" finds "Zhāng" and "irina" finds "Irina". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

export function createDirectoryModel(context: WidgetContext) {
  const { transport, events, config } = context;
  const narrowing = readNarrowing(context.host);
  const status = signal<DirectoryStatus>('loading');
  const directory = signal<PublicDirectory | undefined>(undefined);
  const t = signal<DirectoryMessages | undefined>(undefined);
  const filters = signal<Filters>(emptyFilters);
  const openId = signal<string | undefined>(undefined);
  let filteredOnce = false;

  /** Everything this placement may show, before the visitor's filters. */
  const available = computed(() => narrowed(directory.value?.lawyers ?? [], narrowing));

  const visible = computed(() => {
    const { practice, language, office, query } = filters.value;
    const words = fold(query).split(/\s+/).filter(Boolean);
    return available.value.filter(
      (l) =>
        (!practice || l.practiceAreas.includes(practice)) &&
        (!language || l.languages.includes(language)) &&
        (!office || l.offices.some((o) => o.id === office)) &&
        words.every((word) => fold(l.name).includes(word)),
    );
  });

  /** Filter choices: only values some available lawyer has, so no choice leads to an empty list by itself. */
  const choices = computed(() => {
    const lawyers = available.value;
    const practices = new Set(lawyers.flatMap((l) => l.practiceAreas));
    const offices = new Map(lawyers.flatMap((l) => l.offices).map((o) => [o.id, o.name]));
    return {
      practice: context.site.practiceAreas.filter((a) => practices.has(a.id)).map((a) => a.id),
      language: [...new Set(lawyers.flatMap((l) => l.languages))].sort(),
      office: [...offices.keys()],
      officeNames: offices,
    };
  });

  const open = computed(() => available.value.find((l) => l.id === openId.value));

  async function load() {
    status.value = 'loading';
    try {
      const [doc, messages] = await Promise.all([
        transport.get<PublicDirectory>(`/v1/sites/${config.site}/directory`),
        loadDirectoryMessages(context.lang),
      ]);
      t.value = messages;
      directory.value = doc;
      status.value = 'ready';
      addJsonLd(document, doc, context.site, config.endpoint);
      events.track('explore', 'directory.viewed', { lawyers: available.value.length });
    } catch {
      t.value ??= await loadDirectoryMessages(context.lang);
      status.value = 'failed';
    }
  }

  function setFilter(name: keyof Filters, value: string) {
    filters.value = { ...filters.value, [name]: value };
    // One event per filter kind change is enough to see that filters are used; search text is never sent.
    if (name !== 'query' || !filteredOnce) {
      filteredOnce = true;
      events.track('explore', 'directory.filtered', { filter: name });
    }
  }

  function clearFilters() {
    filters.value = emptyFilters;
  }

  function openProfile(lawyer: PublicLawyer) {
    openId.value = lawyer.id;
    context.journey.touch();
    events.track('explore', 'directory.profile_opened', { lawyer: lawyer.id });
  }

  function closeProfile() {
    openId.value = undefined;
  }

  /** Records a followed action; Contact also hands the visitor to the intake form. */
  function follow(action: FollowedAction, lawyer: PublicLawyer) {
    context.journey.touch();
    events.track('explore', `directory.${action}`, { lawyer: lawyer.id });
    if (action !== 'contact') return;
    const practice = filters.value.practice || narrowing.practice || lawyer.practiceAreas[0] || '';
    const contactPage = context.host.getAttribute('contact-page') ?? context.site.contact.contactPage;
    closeProfile();
    const prefill = { lawyer: lawyer.id, lawyerName: lawyer.name, practiceArea: practice };
    // No form here and no contact page configured: email is the next best first contact.
    const email = lawyer.email ?? context.site.contact.email;
    if (handOffToIntake(context.host, prefill, contactPage) === 'none' && email) {
      window.location.assign(`mailto:${email}`);
    }
  }

  return {
    status,
    directory,
    t,
    filters,
    available,
    visible,
    choices,
    open,
    layout: narrowing.layout,
    narrowing,
    load,
    setFilter,
    clearFilters,
    openProfile,
    closeProfile,
    follow,
  };
}
