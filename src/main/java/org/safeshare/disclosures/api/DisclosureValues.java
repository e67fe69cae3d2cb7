package org.safeshare.disclosures.api;

/**
 * The values the disclosure API accepts and returns, as its own enumerations with the names (and order) it has always
 * used: the domain's may be renamed or gain values, these change only with a new API version (ADR 0022).
 * {@link org.safeshare.platform.web.SameName#as} maps a value to the other side by name.
 */
final class DisclosureValues {

    private DisclosureValues() {}

    /** What an item is: a field of the person's record, or free text kept as fact, opinion or history. */
    enum ItemKind { FIELD, FACT, OPINION, HISTORICAL }

    /** A field of the person's record the sender may share. */
    enum PersonField { NAME, DATE_OF_BIRTH, NHS_NUMBER, SEX, CURRENT_ADDRESS, OTHER_NAMES, PARENTAL_RESPONSIBILITY }

    /** Who a name withheld from the recipients belongs to. */
    enum IdentityRole { REFERRER, THIRD_PARTY }

    /** Where an item's identities at risk stand: none named; withheld; release asked of a DSL; released; release refused. */
    enum ReleaseState { NONE, REDACTED, REQUESTED, RELEASED, REFUSED }
}
