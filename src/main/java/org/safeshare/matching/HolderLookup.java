package org.safeshare.matching;

import java.util.List;

/** The answer to "does anyone else know this child?": the holders, or why the question was refused. */
public sealed interface HolderLookup {

    /** {@code index} says whether the index held every child's record when asked: if not, there may be more holders. */
    record Found(List<Holder> holders, IndexCoverage index) implements HolderLookup {}

    /** The question cannot be asked as put (no purpose given): {@code field} names what to correct. */
    record Refused(String field, String message) implements HolderLookup {}
}
