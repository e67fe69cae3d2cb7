/**
 * Information sharing agreements (charters) between a partnership's organisations: parties, purposes, categories of
 * information, lawful bases, dates, DPIA reference and signatories. The decision flow asks whether a sharing is covered;
 * sharing outside any agreement stays allowed for one-off safeguarding (ICO data sharing code of practice, and its
 * 10-step guide to sharing in an urgent situation) and is listed for the information governance lead's review.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "organisations", "audit"})
package org.safeshare.agreements;
