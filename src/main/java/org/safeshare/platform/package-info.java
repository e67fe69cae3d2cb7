/**
 * Shared infrastructure every module stands on: the database (embedded or external PostgreSQL),
 * the GOV.UK web shell (layout, Content Security Policy, error pages, problem details), request ids
 * and the clock. It knows nothing of safeguarding; it is open so modules can use its web helpers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.safeshare.platform;
