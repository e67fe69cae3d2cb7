package org.safeshare.decisions.domain.vocabulary;

/**
 * Why information would be shared. Consent is specific to a purpose (UK GDPR Article 4(11)), and the lawful basis
 * follows from it (HM Government information sharing advice 2024).
 */
public enum PurposeCategory { SAFEGUARDING, EARLY_HELP, INDIVIDUAL_CARE, CRIME_PREVENTION, LEGAL_PROCEEDINGS, STATUTORY_DUTY, OTHER }
