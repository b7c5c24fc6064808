/**
 * The stages a new matter starts with, per practice area, in plain language. Staff edit them per
 * matter (labels, descriptions, which ones the client sees); internal steps start hidden.
 *
 * @example
 *   stageTemplate('immigration')[0] // { key: 'intake-review', label: 'Reviewing your case', … }
 */
import type { MatterStage } from '@retainer/schema/admin';

const stage = (key: string, label: string, description: string, visible = true): MatterStage => ({
  key,
  label,
  visible,
  description,
});

const opening = [
  stage('intake-review', 'Reviewing your case', 'We read what you sent us and decide how we can help.'),
  stage('conflict-check', 'Conflict check', 'Internal: checking we do not act for another party.', false),
  stage('engagement', 'Engagement signed', 'You and the firm signed the engagement letter; we now act for you.'),
];
const closing = stage('closed', 'Matter closed', 'The work is finished. Thank you for trusting us.');

const litigation = [
  ...opening,
  stage('investigation', 'Gathering facts', 'We collect documents and statements and assess your position.'),
  stage('filing', 'Filing', 'We prepare and file the papers with the court or agency.'),
  stage('negotiation', 'Negotiation', 'We talk with the other side to reach an agreement where possible.'),
  stage('billing-review', 'Billing review', 'Internal: partner review of time and costs.', false),
  stage('resolution', 'Resolution', 'An agreement is signed or the court decides.'),
  closing,
];

const templates: Record<string, MatterStage[]> = {
  immigration: [
    ...opening,
    stage('documents', 'Collecting documents', 'We gather the documents the application needs from you.'),
    stage('application', 'Application filed', 'We file your application with the immigration authorities.'),
    stage('processing', 'Under review', 'The authorities review your application; this can take months.'),
    stage('decision', 'Decision', 'The authorities decide; we explain what it means for you.'),
    closing,
  ],
  business: [
    ...opening,
    stage('drafting', 'Drafting', 'We draft or review the documents for you.'),
    stage('negotiation', 'Negotiation', 'We agree the terms with the other side.'),
    stage('signing', 'Signing', 'Everyone signs and the deal is done.'),
    closing,
  ],
  'estate-planning': [
    ...opening,
    stage('planning', 'Planning meeting', 'We talk about your family, your assets and your wishes.'),
    stage('drafting', 'Drafting your documents', 'We prepare your will and other documents for you to read.'),
    stage('signing', 'Signing', 'You sign the documents in front of witnesses.'),
    closing,
  ],
  'real-estate': [
    ...opening,
    stage('due-diligence', 'Checking the property', 'We check title, permits and the contract.'),
    stage('closing-prep', 'Preparing the closing', 'We agree the final documents and the numbers.'),
    stage('transfer', 'Closing', 'The property changes hands.'),
    closing,
  ],
};

/** A fresh copy of the practice area's template (litigation-shaped when the area has none of its own). */
export function stageTemplate(practiceArea: string): MatterStage[] {
  return structuredClone(templates[practiceArea] ?? litigation);
}
