package org.safeshare.matching.domain;

import java.util.ArrayList;
import java.util.List;

/** Distinct names with their Double Metaphone codes and the metaphone of the name a short form stands for. */
final class NameVocabulary extends Vocabulary {

    private final List<String> primary = new ArrayList<>();
    private final List<String> alternate = new ArrayList<>();
    private final List<String> canonical = new ArrayList<>();

    @Override
    void added(int id, String value) {
        primary.add(Names.metaphone(value));
        alternate.add(Names.alternateMetaphone(value));
        canonical.add(Nicknames.canonical(value));
    }

    String metaphone(int id) {
        return primary.get(id);
    }

    String alternateMetaphone(int id) {
        return alternate.get(id);
    }

    /** The full name a short form stands for (Alfred for Alfie), or the name itself. */
    String canonical(int id) {
        return canonical.get(id);
    }

    /** The metaphone of the canonical name: the blocking code that brings Bill and William together. */
    String canonicalMetaphone(int id) {
        String full = canonical.get(id);
        return full.equals(value(id)) ? primary.get(id) : Names.metaphone(full);
    }

    boolean soundAlike(int a, int b) {
        String pa = primary.get(a);
        String pb = primary.get(b);
        return !pa.isEmpty() && (pa.equals(pb) || pa.equals(alternate.get(b)) || alternate.get(a).equals(pb));
    }
}
