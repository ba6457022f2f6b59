-- When a member agreed to the privacy policy on the join form. Members who joined before the form asked have none.
ALTER TABLE member ADD COLUMN privacy_consent_at TIMESTAMP WITH TIME ZONE;
