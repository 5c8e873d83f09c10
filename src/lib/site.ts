/**
 * Who publishes the site, for the privacy statement and the legal notice. Set these for the
 * deployment (PUBLISHER_NAME, CONTACT_EMAIL when building); the defaults name no real person.
 */
export const PUBLISHER = {
  name: process.env.PUBLISHER_NAME || 'EU CRM Guide editorial team',
  email: process.env.CONTACT_EMAIL || 'privacy@eu-crm-guide.example',
};
