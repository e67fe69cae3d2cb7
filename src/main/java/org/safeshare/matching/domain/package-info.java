/**
 * The linkage engine in plain Java: identifiers, name and date comparisons, the Fellegi-Sunter model
 * with its training, the blocking index and the bulk and interactive linkers.
 */
package org.safeshare.matching.domain;
