/**
 * The service provider interface through which the module that owns a record says whether an actor may set an action
 * on it ({@link org.safeshare.actions.subjects.ActionSubjects}). Modules that own records depend on this named interface;
 * the actions module never depends on them (docs/adr/0020).
 */
@org.springframework.modulith.NamedInterface("subjects")
package org.safeshare.actions.subjects;
