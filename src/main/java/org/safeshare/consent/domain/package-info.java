/**
 * The consent rules in plain Java: who may consent for this person and this decision (Gillick under
 * 16, Mental Capacity Act from 16, parental responsibility, attorneys and deputies), whether a consent
 * record covers a sharing, and what a record must hold. Today's date is always an argument.
 */
package org.safeshare.consent.domain;
