/**
 * The decision-support engine: plain Java rules that turn {@code SharingFacts} into a {@code Recommendation}.
 * It follows the when-and-how flowchart (seed 002 section 5), the golden rules of the pinned guidance version
 * (2018 or 2024), the consent rules of seed 003 and the lawful bases of UK GDPR and DPA 2018.
 */
package org.safeshare.decisions.domain;
