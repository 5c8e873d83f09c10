import type { Locale } from '../lib/locales.ts';
import { QUESTIONS, type Answer, type ExplainText, type Question, type QuestionId } from '../lib/questionnaire.ts';
import { dictionary, fill, languageNames } from './index.ts';

/**
 * The questionnaire in the reader's language: the strings its explanations are made of and the
 * label of every answer, from the dictionary's `finder` section.
 */

export function finderText(locale: Locale): ExplainText {
  const t = dictionary(locale);
  const f = t.finder;
  const names = languageNames(locale);
  return {
    explain: f.explain,
    explainPractical: f.explainPractical,
    articles: f.articles,
    articlesAfterPart: f.articlesAfterPart,
    because: Object.fromEntries(QUESTIONS.map((q) => [q.id, f.questions[q.id].because])) as ExplainText['because'],
    labels: f.labels,
    criterion: (key) => t.criteria[key].label,
    languageName: (code) => names.of(code) ?? code,
  };
}

/** The words of an answer: a language by its name, a budget by its amount, the rest from the dictionary. */
export function answerLabel(question: Question, answer: Answer, locale: Locale): string {
  const f = dictionary(locale).finder;
  const labels: Readonly<Record<string, string>> = f.questions[question.id as QuestionId].answers;
  const param = answer.params[0];
  if (param?.name === 'lang') {
    const name = languageNames(locale).of(param.value) ?? param.value;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  }
  if (param?.name === 'maxPrice' && labels.upTo) return fill(labels.upTo, { price: param.value });
  const label = labels[answer.id];
  if (!label) throw new Error(`The ${locale} dictionary has no label for answer "${answer.id}" of question "${question.id}" (finder.questions.${question.id}.answers).`);
  return label;
}
