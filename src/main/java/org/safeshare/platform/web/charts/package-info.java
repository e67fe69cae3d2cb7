/**
 * Charts drawn on the server as SVG (no JavaScript), each with a data table beside it and a CSV export: the table and
 * the file carry the same figures as the picture, so nobody depends on seeing it (WCAG 2.2, 1.1.1 non-text content;
 * GOV.UK Design System, tables). Usage and rules: docs/adr/0020, "Charts".
 */
package org.safeshare.platform.web.charts;
