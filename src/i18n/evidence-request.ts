import type { EvidenceRequest } from '../lib/evidence-request.ts';
import type { Locale } from '../lib/locales.ts';
import type { Offering } from '../lib/schema/vendor.ts';
import { dictionary, fill } from './index.ts';
import { pickText } from './text.ts';
import { describeReason } from './verdict.ts';

/**
 * The "Is something wrong or missing?" link: a `mailto:` to the configured address whose subject
 * names the vendor and whose body, in the page's language, lists the facts we are missing and the
 * questions that would settle them. No form, no third party: the reader's own e-mail program.
 */

/**
 * Longest address we write. Mail programs and browsers accept mailto: links of a few thousand
 * characters, some (older Outlook, some webmail handlers) not much more than 2,000: the body
 * stops before that, and says how many questions are left and where they are.
 */
export const MAX_MAILTO_LENGTH = 2000;

// RFC 6068: line breaks in a body are CRLF, percent-encoded.
const CRLF = '\r\n';
const encode = (text: string) => encodeURIComponent(text);

export interface MailtoInput {
  name: string;
  /** The page the reader is on, absolute. */
  url: string;
  offerings: readonly Pick<Offering, 'id' | 'name'>[];
  request: EvidenceRequest;
}

export function evidenceMailto(input: MailtoInput, locale: Locale, email: string): string {
  const t = dictionary(locale);
  const e = t.evidence;
  const { request } = input;
  const offeringName = (id: string | undefined) => {
    const offering = id === undefined ? undefined : input.offerings.find((o) => o.id === id);
    return offering ? pickText(offering.name, locale).text : t.methodology.vendorLevel;
  };

  // Groups of lines; a group's heading goes out with its first item, and items stop at the limit.
  const groups: { heading: string; items: string[] }[] = [
    {
      heading: e.bodyMissing,
      items: request.missing.map(
        ({ offering, reason, question }) =>
          `- ${offeringName(offering)}: ${describeReason(reason, locale)}` + (question ? `${CRLF}  ${fill(e.bodyQuestion, { question: t.compare.questions[question] })}` : ''),
      ),
    },
    { heading: e.bodyFindings, items: request.findings.map(({ offering, reason }) => `- ${offeringName(offering)}: ${describeReason(reason, locale)}`) },
    {
      heading: e.bodyUnknown,
      items: [
        ...request.criteria.map((key) => `- ${t.criteria[key].label}: ${t.compare.questions[key]}`),
        ...request.practical.map((fact) => `- ${t.vendor[fact]}: ${e.practicalQuestions[fact]}`),
      ],
    },
  ].filter((group) => group.items.length > 0);

  const subject = fill(e.subject, { name: input.name });
  const head = [fill(e.bodyAbout, { name: input.name, url: input.url }), ''];
  const tail = ['', e.bodyEvidence, ''];
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  const address = (lines: string[]) => `mailto:${email}?subject=${encode(subject)}&body=${encode(lines.join(CRLF))}`;

  const lines = [...head];
  if (total === 0) lines.push(e.bodyNothingMissing);
  let written = 0;
  outer: for (const group of groups) {
    for (const [i, item] of group.items.entries()) {
      const next = [...(i === 0 ? (written > 0 ? ['', group.heading] : [group.heading]) : []), item];
      const more = total - written - 1;
      const ending = more > 0 ? ['', fill(e.bodyMore, { count: more, url: input.url })] : [];
      if (address([...lines, ...next, ...ending, ...tail]).length > MAX_MAILTO_LENGTH) break outer;
      lines.push(...next);
      written++;
    }
  }
  if (written < total) lines.push('', fill(e.bodyMore, { count: total - written, url: input.url }));
  return address([...lines, ...tail]);
}
