/**
 * Six lawyers for the demo firm's "Our team" page, seeded once per database: a firm that
 * edits or deletes them does not get them back on the next start.
 *
 * @example
 *   await seedDemoLawyers(storage); // true the first time
 */
import { randomUUID } from 'node:crypto';
import type { LawyerInput } from '@retainer/schema/admin';
import { insertLawyer } from '../directory/lawyer-store.ts';
import type { Storage } from '../storage/open-storage.ts';
import { demoSiteId } from './demo-site.ts';

const boston = { id: 'boston', name: 'Boston' };
const cambridge = { id: 'cambridge', name: 'Cambridge' };
const verified = '2026-10-01';

export const demoLawyers: LawyerInput[] = [
  {
    name: 'Eleanor Hart',
    photoUrl: '/demo/images/attorney-hart.svg',
    title: 'Managing Partner',
    practiceAreas: ['family', 'estate-planning'],
    offices: [boston],
    languages: ['en'],
    yearsInPractice: 22,
    barAdmissions: [{ jurisdiction: 'Massachusetts', year: 2004 }],
    education: [{ school: 'Boston University School of Law', degree: 'J.D.', year: 2004 }],
    certifications: [{ name: 'Certified Family Law Mediator', issuer: 'Massachusetts Council on Family Mediation' }],
    bio: {
      en: 'Eleanor guides families through divorce, custody and estate planning with a focus on agreements that last.',
      ru: 'Элеонора помогает семьям в вопросах развода, опеки и наследственного планирования.',
      zh: 'Eleanor 专注于离婚、子女监护和遗产规划，帮助家庭达成持久的协议。',
    },
    email: 'ehart@harborvale.example',
    phone: '+1 617 555 0143',
    bookingUrl: 'https://harborvale.example/book/hart',
    status: 'active',
    lastVerified: verified,
    testimonials: [{ quote: 'Calm, clear and always one step ahead.', attribution: 'Former client, 2025' }],
    rating: { value: 4.9, count: 41 },
  },
  {
    name: 'Daniel Lin',
    photoUrl: '/demo/images/attorney-lin.svg',
    title: 'Partner',
    practiceAreas: ['immigration', 'business'],
    offices: [cambridge],
    languages: ['en', 'zh'],
    yearsInPractice: 15,
    barAdmissions: [
      { jurisdiction: 'Massachusetts', year: 2011 },
      { jurisdiction: 'New York', year: 2012 },
    ],
    education: [
      { school: 'Harvard Law School', degree: 'J.D.', year: 2011 },
      { school: 'Fudan University', degree: 'B.A. Economics', year: 2007 },
    ],
    certifications: [
      { name: 'Member, Business Immigration Section', issuer: 'American Immigration Lawyers Association' },
    ],
    bio: {
      en: 'Daniel advises founders and families on visas, green cards and cross-border business in English and Mandarin.',
      zh: 'Daniel 以中英文为创业者和家庭提供签证、绿卡及跨境商业方面的法律服务。',
    },
    email: 'dlin@harborvale.example',
    phone: '+1 617 555 0144',
    bookingUrl: 'https://harborvale.example/book/lin',
    status: 'active',
    lastVerified: verified,
  },
  {
    name: 'Amara Okafor',
    photoUrl: '/demo/images/attorney-okafor.svg',
    title: 'Partner',
    practiceAreas: ['employment', 'personal-injury'],
    offices: [boston, cambridge],
    languages: ['en', 'fr'],
    yearsInPractice: 12,
    barAdmissions: [{ jurisdiction: 'Massachusetts', year: 2014 }],
    education: [{ school: 'Northeastern University School of Law', degree: 'J.D.', year: 2014 }],
    certifications: [{ name: 'Certified Civil Trial Attorney', issuer: 'National Board of Trial Advocacy' }],
    bio: {
      en: 'Amara represents employees in discrimination and wage claims and people hurt through no fault of their own.',
    },
    email: 'aokafor@harborvale.example',
    phone: '+1 617 555 0145',
    status: 'active',
    lastVerified: verified,
  },
  {
    name: 'Irina Volkova',
    title: 'Senior Associate',
    practiceAreas: ['family', 'immigration'],
    offices: [boston],
    languages: ['en', 'ru'],
    yearsInPractice: 8,
    barAdmissions: [{ jurisdiction: 'Massachusetts', year: 2018 }],
    education: [
      { school: 'Suffolk University Law School', degree: 'J.D.', year: 2018 },
      { school: 'Saint Petersburg State University', degree: 'LL.B.', year: 2013 },
    ],
    certifications: [],
    bio: {
      en: 'Irina helps Russian-speaking families with marriage-based immigration, custody and international divorce.',
      ru: 'Ирина помогает русскоязычным семьям с иммиграцией на основании брака, опекой и международными разводами.',
    },
    email: 'ivolkova@harborvale.example',
    phone: '+1 617 555 0146',
    bookingUrl: 'https://harborvale.example/book/volkova',
    status: 'active',
    lastVerified: verified,
  },
  {
    name: 'Wei Zhang',
    title: 'Associate',
    practiceAreas: ['real-estate', 'business'],
    offices: [cambridge],
    languages: ['en', 'zh'],
    yearsInPractice: 5,
    barAdmissions: [{ jurisdiction: 'Massachusetts', year: 2021 }],
    education: [{ school: 'Boston College Law School', degree: 'J.D.', year: 2021 }],
    certifications: [
      { name: 'Certified Real Estate Closing Attorney', issuer: 'Massachusetts Conveyancers Association' },
    ],
    bio: {
      en: 'Wei handles home purchases, commercial leases and small-business contracts.',
      zh: 'Wei 负责住宅购买、商业租赁和小企业合同。',
    },
    email: 'wzhang@harborvale.example',
    status: 'active',
    lastVerified: verified,
  },
  {
    name: 'Thomas Reilly',
    title: 'Of Counsel',
    practiceAreas: ['estate-planning', 'personal-injury'],
    offices: [boston],
    languages: ['en', 'es'],
    yearsInPractice: 31,
    barAdmissions: [
      { jurisdiction: 'Massachusetts', year: 1995 },
      { jurisdiction: 'Rhode Island', year: 1997 },
    ],
    education: [{ school: 'Suffolk University Law School', degree: 'J.D.', year: 1995 }],
    certifications: [
      { name: 'Accredited Estate Planner', issuer: 'National Association of Estate Planners & Councils' },
    ],
    bio: { en: 'Thomas has written hundreds of wills and trusts and still answers his own phone.' },
    phone: '+1 617 555 0147',
    status: 'active',
    lastVerified: '2026-09-15',
  },
];

/** Adds the demo lawyers to `harbor-vale` the first time this database sees it; returns whether it did. */
export async function seedDemoLawyers(storage: Storage, now = Date.now()): Promise<boolean> {
  const claim = randomUUID();
  if ((await storage.claimMeta('seed:demo-lawyers', claim)) !== claim) return false;
  const db = storage.db;
  for (const [order, lawyer] of demoLawyers.entries()) {
    await insertLawyer(db, demoSiteId, randomUUID(), { ...lawyer, order }, now);
  }
  return true;
}
