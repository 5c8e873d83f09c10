/**
 * Who publishes the site, for the privacy statement and the legal notice: the one place that sets
 * it. Set these for the deployment (PUBLISHER_NAME, CONTACT_EMAIL, EVIDENCE_EMAIL when building). Without a
 * name, each language names the editorial team in its own words (`site.publisher` in the
 * dictionaries); the defaults name no real person.
 */
export const PUBLISHER = {
  name: process.env.PUBLISHER_NAME || undefined,
  email: process.env.CONTACT_EMAIL || 'privacy@eu-crm-guide.example',
  /**
   * Where readers and vendors send evidence and corrections ("Is something wrong or missing?" on
   * every vendor): EVIDENCE_EMAIL, else the contact address, so one inbox is enough.
   */
  evidenceEmail: process.env.EVIDENCE_EMAIL || process.env.CONTACT_EMAIL || 'editors@eu-crm-guide.example',
};
