import { cite, type GdprRef } from './citation.ts';
import { fill } from './fill.ts';
import { emptyState, serializeState, type CompareState } from './compare/state.ts';
import { CRITERIA, CRITERION_KEYS, type CriterionKey } from './criteria.ts';
import type { Locale } from './locales.ts';

/**
 * The "Find my CRM" questionnaire: a few questions in plain words, declared once, and the pure
 * mapping from the answers to the comparison page's state. The questionnaire page renders its
 * form from this registry and its script uses the same mapping, so the form, the live summary
 * and the link to the comparison cannot disagree.
 *
 * Every input of the form is one parameter of the comparison page (`need=consentLog`,
 * `lang=nl`, `vendorHosted=1`): without JavaScript the form itself lands on the comparison with
 * the right query. An answer that stands for several requirements ("we send newsletters") is
 * one checkbox per requirement, which the script ticks together.
 */

/** Interface languages a team can choose; ISO 639-1, as the comparison's `lang` parameter. */
export const TEAM_LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
export type TeamLanguage = (typeof TEAM_LANGUAGES)[number];

/** Budget caps offered, in EUR per user per month, as the comparison's `maxPrice` parameter. */
export const BUDGETS = [10, 25, 50] as const;
export type Budget = (typeof BUDGETS)[number];

/** One parameter of the comparison page, exactly as the form submits it. */
export type FinderParam =
  | { name: 'need'; value: CriterionKey }
  | { name: 'lang'; value: TeamLanguage }
  | { name: 'maxPrice'; value: `${Budget}` }
  | { name: 'vendorHosted' | 'selfHosted'; value: '1' };

export interface Answer {
  id: string;
  /** What choosing this answer sets on the comparison page; none for "no preference". */
  params: readonly FinderParam[];
}

export interface Question {
  id: string;
  /**
   * `checkbox`: each answer is ticked on its own (unticked means "no" or "no preference").
   * `radio`: exactly one answer; all of them set the same parameter (`param`), the one without
   * params is the default "no preference".
   */
  control: 'checkbox' | 'radio';
  param?: FinderParam['name'];
  answers: readonly Answer[];
}

const need = (...keys: CriterionKey[]): FinderParam[] => keys.map((value) => ({ name: 'need', value }));

export const QUESTIONS = [
  { id: 'newsletters', control: 'checkbox', answers: [{ id: 'yes', params: need('consentLog', 'doubleOptIn', 'withdrawal') }] },
  { id: 'signups', control: 'checkbox', answers: [{ id: 'yes', params: need('explicitConsent') }] },
  { id: 'requests', control: 'checkbox', answers: [{ id: 'yes', params: need('access', 'portability', 'erasure', 'dsarWorkflow') }] },
  { id: 'retention', control: 'checkbox', answers: [{ id: 'deleteAfterPeriod', params: need('retentionRules') }] },
  {
    id: 'hosting',
    control: 'checkbox',
    answers: [
      { id: 'vendor', params: [{ name: 'vendorHosted', value: '1' }] },
      { id: 'self', params: [{ name: 'selfHosted', value: '1' }] },
    ],
  },
  {
    id: 'budget',
    control: 'radio',
    param: 'maxPrice',
    answers: [...BUDGETS.map((price) => ({ id: `upTo${price}`, params: [{ name: 'maxPrice', value: `${price}` } as const] })), { id: 'noLimit', params: [] }],
  },
  {
    id: 'language',
    control: 'radio',
    param: 'lang',
    answers: [...TEAM_LANGUAGES.map((code) => ({ id: code, params: [{ name: 'lang', value: code } as const] })), { id: 'any', params: [] }],
  },
] as const satisfies readonly Question[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];

/** A requirement the answers set on the comparison page, with where it came from and why. */
export interface Requirement {
  question: QuestionId;
  answer: string;
  param: FinderParam;
  /** The GDPR articles the requirement serves, from the criteria registry; none for practical filters. */
  refs: readonly GdprRef[];
}

export interface FinderResult {
  requirements: Requirement[];
  state: CompareState;
  /** The comparison page's query string, canonical (serializeState): '' when nothing is required. */
  query: string;
}

/** `need=consentLog`: one requirement's form field, also its key in the page's data attributes. */
export function paramKey(param: FinderParam): string {
  return `${param.name}=${param.value}`;
}

/** Every requirement the questionnaire can set, in the order of the questions. */
export const ALL_REQUIREMENTS: readonly Requirement[] = (QUESTIONS as readonly Question[]).flatMap((question) =>
  question.answers.flatMap((answer) =>
    answer.params.map((param) => ({
      question: question.id as QuestionId,
      answer: answer.id,
      param,
      refs: param.name === 'need' ? CRITERIA[param.value].refs : [],
    })),
  ),
);

/**
 * The comparison for a questionnaire's answers: `form` holds the fields as the form submits
 * them (the comparison's own parameters). Only values the questionnaire offers count; anything
 * unknown, malformed or repeated is ignored.
 */
export function findCompare(form: URLSearchParams): FinderResult {
  const needs = new Set(form.getAll('need'));
  // Each parameter value appears once in the registry, so repeats in the form collapse; for a
  // single-valued parameter only the first value counts, as on the comparison page.
  const requirements = ALL_REQUIREMENTS.filter(({ param }) => (param.name === 'need' ? needs.has(param.value) : form.get(param.name) === param.value));
  const state = emptyState();
  // In the registry's order, as the comparison parses them: the state is the one its URL gives.
  const needed = new Set(requirements.flatMap(({ param }) => (param.name === 'need' ? [param.value] : [])));
  state.need = CRITERION_KEYS.filter((key) => needed.has(key));
  for (const { param } of requirements) {
    if (param.name === 'lang') state.lang = param.value;
    else if (param.name === 'maxPrice') state.maxPrice = Number(param.value);
    else if (param.name !== 'need') state[param.name] = true;
  }
  return { requirements, state, query: serializeState(state) };
}

/** The form fields that choosing one answer produces: what a reader who ticks it submits. */
export function answerFields(questionId: QuestionId, answerId: string): URLSearchParams {
  const question = (QUESTIONS as readonly Question[]).find((q) => q.id === questionId);
  const answer = question?.answers.find((a) => a.id === answerId);
  if (!answer) throw new Error(`No answer "${answerId}" to question "${questionId}".`);
  return new URLSearchParams(answer.params.map((p) => [p.name, p.value]));
}

/** The strings a requirement's explanation is made of, in one language (from the dictionary's `finder` section). */
export interface ExplainText {
  /** '{requirement} — {because} — {articles}' */
  explain: string;
  /** '{requirement} — {because}', for a requirement without a GDPR article (price, language, hosting). */
  explainPractical: string;
  /** '{articles} AVG': the citation with the law's name in this language. */
  articles: string;
  /** The same after a paragraph or point, where the style puts a comma: 'art. 7, lid 1, AVG'. */
  articlesAfterPart: string;
  /**
   * Why a question's requirements are set: 'because you send newsletters or mailings', or one
   * reason per answer ({ vendor: …, self: … }); may use {language} and {price}.
   */
  because: Record<QuestionId, string | Readonly<Record<string, string>>>;
  /** Names of the requirements that are not criteria; may use {language}, {price}. */
  labels: { lang: string; maxPrice: string; vendorHosted: string; selfHosted: string };
  /** The criterion's label, from the dictionary's `criteria` section. */
  criterion: (key: CriterionKey) => string;
  /** A language's name in this language: 'nl' → 'Nederlands'. */
  languageName: (code: string) => string;
}

/**
 * One line that says what a requirement is, why it is set and which GDPR articles it serves:
 * "Proof of consent (log) — because you send newsletters or mailings — Art. 7(1) GDPR".
 */
export function explainRequirement(requirement: Requirement, locale: Locale, text: ExplainText): string {
  const { param } = requirement;
  const values = {
    language: param.name === 'lang' ? text.languageName(param.value) : '',
    price: param.name === 'maxPrice' ? param.value : '',
  };
  const label = param.name === 'need' ? text.criterion(param.value) : fill(text.labels[param.name], values);
  const reason = text.because[requirement.question];
  const because = fill(typeof reason === 'string' ? reason : (reason[requirement.answer] ?? ''), values);
  if (requirement.refs.length === 0) return fill(text.explainPractical, { requirement: label, because });
  return fill(text.explain, { requirement: label, because, articles: citeWithLaw(requirement.refs, locale, text) });
}

/** GDPR references with the law's name, in a language's style: "art. 7, lid 1, AVG", "Art. 17 GDPR". */
export function citeWithLaw(refs: readonly GdprRef[], locale: Locale, text: Pick<ExplainText, 'articles' | 'articlesAfterPart'>): string {
  const last = refs.at(-1);
  const afterPart = last !== undefined && 'article' in last && (last.paragraph !== undefined || last.point !== undefined);
  return fill(afterPart ? text.articlesAfterPart : text.articles, { articles: cite(refs, locale) });
}
