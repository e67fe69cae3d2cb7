/**
 * The words the decision engine reasons in and the consent module records in: the purpose of a sharing, where consent
 * stands and who gave it. One owner, so that the two modules cannot drift apart (ADR 0013); edges (the API, stored JSON,
 * form values) spell them in their own records and map at the edge.
 */
@org.springframework.modulith.NamedInterface("vocabulary")
package org.safeshare.decisions.domain.vocabulary;
