/**
 * The exchange's plain-Java rules: working calendar, deadlines and access to requests. Named so that other modules may
 * use the types the exchange's API takes (a request's {@link org.safeshare.exchange.domain.Urgency}).
 */
@org.springframework.modulith.NamedInterface("domain")
package org.safeshare.exchange.domain;
