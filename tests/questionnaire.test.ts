import { describe, expect, it } from 'vitest';
import { answerLabel, finderText } from '../src/i18n/finder.ts';
import { parseState } from '../src/lib/compare/state.ts';
import { CRITERIA, CRITERION_KEYS } from '../src/lib/criteria.ts';
import { LOCALES } from '../src/lib/locales.ts';
import { ALL_REQUIREMENTS, answerFields, explainRequirement, findCompare, paramKey, QUESTIONS, type Question, type QuestionId } from '../src/lib/questionnaire.ts';

const form = (query: string) => new URLSearchParams(query);
const questions: readonly Question[] = QUESTIONS;

describe('the questionnaire registry', () => {
  it('asks five to seven questions, each with at least one answer that sets something', () => {
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(questions.length).toBeLessThanOrEqual(7);
    for (const question of questions) expect(question.answers.some((a) => a.params.length > 0), question.id).toBe(true);
  });

  it('sets each comparison parameter from one answer only, so every requirement has one question', () => {
    const keys = ALL_REQUIREMENTS.map((r) => paramKey(r.param));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives a radio question one parameter for all its answers and exactly one "no preference" answer', () => {
    for (const question of questions.filter((q) => q.control === 'radio')) {
      expect(question.param, question.id).toBeDefined();
      expect(question.answers.flatMap((a) => a.params).every((p) => p.name === question.param), question.id).toBe(true);
      expect(question.answers.filter((a) => a.params.length === 0), question.id).toHaveLength(1);
    }
  });

  it('offers only values the comparison page accepts', () => {
    for (const { param } of ALL_REQUIREMENTS) {
      const state = parseState(form(paramKey(param)), new Set());
      if (param.name === 'need') expect(state.need).toEqual([param.value]);
      else if (param.name === 'maxPrice') expect(state.maxPrice).toBe(Number(param.value));
      else if (param.name === 'lang') expect(state.lang).toBe(param.value);
      else expect(state[param.name]).toBe(true);
    }
  });
});

describe('from answers to the comparison', () => {
  // Written out by hand: the mapping the questionnaire promises, in the comparison's canonical order.
  const expected: [QuestionId, string, string][] = [
    ['newsletters', 'yes', '?need=consentLog&need=withdrawal&need=doubleOptIn'],
    ['signups', 'yes', '?need=explicitConsent'],
    ['requests', 'yes', '?need=access&need=portability&need=erasure&need=dsarWorkflow'],
    ['retention', 'deleteAfterPeriod', '?need=retentionRules'],
    ['hosting', 'vendor', '?vendorHosted=1'],
    ['hosting', 'self', '?selfHosted=1'],
    ['budget', 'upTo10', '?maxPrice=10'],
    ['budget', 'upTo25', '?maxPrice=25'],
    ['budget', 'upTo50', '?maxPrice=50'],
    ['budget', 'noLimit', ''],
    ['language', 'nl', '?lang=nl'],
    ['language', 'fr', '?lang=fr'],
    ['language', 'en', '?lang=en'],
    ['language', 'de', '?lang=de'],
    ['language', 'any', ''],
  ];

  it.each(expected)('%s = %s → "%s"', (question, answer, query) => {
    const result = findCompare(answerFields(question, answer));
    expect(result.query).toBe(query);
    expect(result.requirements.every((r) => r.question === question && r.answer === answer)).toBe(true);
  });

  it('covers every answer of every question above', () => {
    const all = questions.flatMap((q) => q.answers.map((a) => `${q.id}=${a.id}`)).sort();
    expect(expected.map(([q, a]) => `${q}=${a}`).sort()).toEqual(all);
  });

  it('combines answers into one canonical query, whatever the order of the fields', () => {
    const fields = form('lang=nl&vendorHosted=1&need=dsarWorkflow&need=erasure&need=portability&need=access&need=doubleOptIn&need=withdrawal&need=consentLog&maxPrice=');
    const result = findCompare(fields);
    expect(result.query).toBe('?need=consentLog&need=withdrawal&need=doubleOptIn&need=access&need=portability&need=erasure&need=dsarWorkflow&lang=nl&vendorHosted=1');
    expect(result.state.need).toHaveLength(7);
    expect(result.state.lang).toBe('nl');
    expect(result.state.vendorHosted).toBe(true);
    expect(result.state.selfHosted).toBe(false);
    expect(result.state.maxPrice).toBeNull();
    // In question order: the summary lists them as the reader answered.
    expect(result.requirements.map((r) => r.question)).toEqual(['newsletters', 'newsletters', 'newsletters', 'requests', 'requests', 'requests', 'requests', 'hosting', 'language']);
  });

  it('keeps a part of a many-part answer when the reader unticks the others', () => {
    const result = findCompare(form('need=doubleOptIn'));
    expect(result.query).toBe('?need=doubleOptIn');
    expect(result.requirements).toEqual([expect.objectContaining({ question: 'newsletters', answer: 'yes' })]);
  });

  it('sets both hosting filters when both are ticked, and budget with language', () => {
    expect(findCompare(form('vendorHosted=1&selfHosted=1&maxPrice=25&lang=fr')).query).toBe('?lang=fr&maxPrice=25&vendorHosted=1&selfHosted=1');
  });

  it('ignores unknown, malformed and repeated answers', () => {
    expect(findCompare(form('')).query).toBe('');
    expect(findCompare(form('lang=&maxPrice=')).query).toBe('');
    // Criteria the questionnaire does not ask about, even valid ones, and nonsense.
    expect(findCompare(form('need=dpa&need=bogus&need=&need=CONSENTLOG')).query).toBe('');
    // Values the questions do not offer, even ones the comparison would accept.
    expect(findCompare(form('lang=es&lang=nl&maxPrice=37&maxPrice=abc&vendorHosted=yes&selfHosted=true')).query).toBe('');
    expect(findCompare(form('q=<script>&sort=price&compare=a,b&free=1&noUsParent=1&newsletters=yes')).query).toBe('');
    expect(findCompare(form('need=erasure&need=erasure&vendorHosted=1&vendorHosted=1')).query).toBe('?need=erasure&vendorHosted=1');
    // The first value of a one-value field counts, as on the comparison page.
    expect(findCompare(form('lang=de&lang=nl')).query).toBe('?lang=de');
  });

  it('produces a URL that parses back, on the comparison page, to the same requirements', () => {
    const everything = form(ALL_REQUIREMENTS.filter((r) => r.param.name === 'need').map((r) => paramKey(r.param)).join('&') + '&lang=de&maxPrice=50&selfHosted=1');
    const result = findCompare(everything);
    const parsed = parseState(new URLSearchParams(result.query), new Set());
    expect(parsed).toEqual(result.state);
    expect([...parsed.need].sort()).toEqual(result.requirements.filter((r) => r.param.name === 'need').map((r) => r.param.value).sort());
    expect(parsed.need).toEqual(CRITERION_KEYS.filter((key) => parsed.need.includes(key)));
  });
});

describe('why each requirement is set', () => {
  it('names its question and the GDPR articles of the criteria registry', () => {
    for (const requirement of ALL_REQUIREMENTS) {
      expect(questions.some((q) => q.id === requirement.question && q.answers.some((a) => a.id === requirement.answer))).toBe(true);
      if (requirement.param.name === 'need') {
        expect(requirement.refs.length, paramKey(requirement.param)).toBeGreaterThan(0);
        expect(requirement.refs).toBe(CRITERIA[requirement.param.value].refs);
      } else {
        expect(requirement.refs).toEqual([]);
      }
    }
  });

  it('explains a requirement in one line, in each language’s citation style', () => {
    const [consentLog] = findCompare(form('need=consentLog')).requirements;
    expect(explainRequirement(consentLog!, 'nl', finderText('nl'))).toBe('Bewijs van toestemming (log) — omdat u nieuwsbrieven of mailings verstuurt — art. 7, lid 1, AVG');
    expect(explainRequirement(consentLog!, 'en', finderText('en'))).toBe('Proof of consent (log) — because you send newsletters or mailings — Art. 7(1) GDPR');
    expect(explainRequirement(consentLog!, 'fr', finderText('fr'))).toBe('Preuve du consentement (journal) — parce que vous envoyez des newsletters ou des mailings — art. 7, par. 1, RGPD');
    const [erasure] = findCompare(form('need=erasure')).requirements;
    expect(explainRequirement(erasure!, 'nl', finderText('nl'))).toBe('Wissen — omdat u verzoeken om inzage of gegevenswissing beantwoordt — art. 17 AVG');
  });

  it('explains practical filters without an article', () => {
    const explain = (query: string) => findCompare(form(query)).requirements.map((r) => explainRequirement(r, 'nl', finderText('nl')));
    expect(explain('lang=nl&maxPrice=25&selfHosted=1')).toEqual([
      'U host het zelf — omdat u het zelf wilt hosten',
      'Hoogstens € 25 per gebruiker per maand — omdat dat uw budget is',
      'Interface in het Nederlands — omdat uw team in het Nederlands werkt',
    ]);
  });

  it.each(LOCALES)('has words in %s for every answer and every requirement', (locale) => {
    const text = finderText(locale);
    for (const question of questions) for (const answer of question.answers) expect(answerLabel(question, answer, locale)).not.toBe('');
    for (const requirement of ALL_REQUIREMENTS) {
      const line = explainRequirement(requirement, locale, text);
      expect(line, paramKey(requirement.param)).not.toMatch(/\{\w+\}|— —|— $/);
    }
    expect(answerLabel(questions.find((q) => q.id === 'language')!, { id: 'nl', params: [{ name: 'lang', value: 'nl' }] }, locale)).toMatch(/^\p{Lu}/u);
  });
});
