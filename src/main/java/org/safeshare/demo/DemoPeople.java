package org.safeshare.demo;

import static org.safeshare.people.domain.ParentalResponsibilityBasis.BIRTH_MOTHER;
import static org.safeshare.people.domain.ParentalResponsibilityBasis.CHILD_ARRANGEMENTS_ORDER_LIVES_WITH;
import static org.safeshare.people.domain.ParentalResponsibilityBasis.MARRIED_TO_MOTHER_AT_BIRTH;
import static org.safeshare.people.domain.ParentalResponsibilityBasis.NAMED_ON_BIRTH_REGISTER;
import static org.safeshare.people.domain.ParentalResponsibilityBasis.SPOUSE_OR_CIVIL_PARTNER_AT_BIRTH;
import static org.safeshare.people.domain.RelationshipType.CARER;
import static org.safeshare.people.domain.RelationshipType.GRANDPARENT;
import static org.safeshare.people.domain.RelationshipType.HOUSEHOLD_MEMBER;
import static org.safeshare.people.domain.RelationshipType.PARENT;
import static org.safeshare.people.domain.RelationshipType.SIBLING;
import static org.safeshare.people.domain.RelationshipType.STEP_PARENT;
import static org.safeshare.people.domain.Sex.FEMALE;
import static org.safeshare.people.domain.Sex.MALE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.safeshare.accounts.AccountChange;
import org.safeshare.accounts.setup.AccountsSetUp;
import org.safeshare.accounts.NewUser;
import org.safeshare.organisations.Organisation;
import org.safeshare.people.PersonId;
import org.safeshare.people.domain.Sex;
import org.safeshare.people.setup.PeopleSetUp;
import org.springframework.stereotype.Component;

/**
 * Seeds made-up children and their families, each organisation keeping its own records (the surgery
 * and children's social care hold their own copies of some Oakfield families). NHS numbers are in the
 * 999 test range; every name and address is invented. README lists who is where.
 */
@Component
class DemoPeople {

    private final PeopleSetUp setUp;
    private final AccountsSetUp accounts;
    private final Clock clock;

    DemoPeople(PeopleSetUp setUp, AccountsSetUp accounts, Clock clock) {
        this.setUp = setUp;
        this.accounts = accounts;
        this.clock = clock;
    }

    void seed(Map<String, Organisation> organisations, List<DemoUsers.DemoUser> users) {
        oakfield(household(organisations, users, "oakfield"));
        academy(household(organisations, users, "academy"));
        surgery(household(organisations, users, "surgery"));
        childrensSocialCare(household(organisations, users, "csc"));
        healthVisiting(household(organisations, users, "health-visiting"));
        // Ava as the MASH records her after Oakfield's referral, so that the MASH can ask partners about her (issue 11).
        household(organisations, users, "mash").child("Ava", "Thompson", "2015-03-27", FEMALE, "9990000018", null, "12 Willow Road",
                "RV1 2AB");
        kayden(organisations, users);
        DemoHousehold hillford = household(organisations, users, "hillford");
        PersonId oliver = hillford.child("Oliver", "Grant", "2016-09-09", MALE, "9992613289", "T201200116001", "4 Mill Lane", "HF1 3RS");
        hillford.relate(oliver, hillford.adult("Emma", "Grant", "1988-08-08", FEMALE, "9992692472", "4 Mill Lane", "HF1 3RS"),
                PARENT, BIRTH_MOTHER);
    }

    private void oakfield(DemoHousehold oak) {
        PersonId ava = oak.child("Ava", "Thompson", "2015-03-27", FEMALE, "9990000018", "L999200115001", "12 Willow Road", "RV1 2AB");
        PersonId leo = oak.child("Leo", "Thompson", "2018-09-14", MALE, "9990158398", "L999200116002", "12 Willow Road", "RV1 2AB");
        PersonId jane = oak.adult("Jane", "Thompson", "1988-07-12", FEMALE, "9990237581", "12 Willow Road", "RV1 2AB");
        PersonId mark = oak.adult("Mark", "Thompson", "1986-02-03", MALE, "9990316775", "3 Station Street", "RV2 4DE");
        PersonId ryan = oak.adult("Ryan", "Cole", "1990-11-21", MALE, "9990395969", "12 Willow Road", "RV1 2AB");
        PersonId baby = oak.unborn("Thompson", LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))).plusMonths(4));
        for (PersonId child : List.of(ava, leo)) {
            oak.relate(child, jane, PARENT, BIRTH_MOTHER);
            oak.relate(child, mark, PARENT, NAMED_ON_BIRTH_REGISTER);
            oak.relate(child, ryan, HOUSEHOLD_MEMBER, null);
        }
        oak.relate(ava, leo, SIBLING, null);
        oak.relate(baby, jane, PARENT, BIRTH_MOTHER);
        oak.relate(baby, ryan, PARENT, null);
        oak.relate(baby, ava, SIBLING, null);

        PersonId zara = oak.child("Zara", "Khan", "2016-06-02", FEMALE, "9990475156", "L999200117003", "27 Elm Close", "RV3 7HJ");
        PersonId adam = oak.child("Adam", "Khan", "2019-01-20", MALE, "9990633533", "X999200119004", "27 Elm Close", "RV3 7HJ");
        PersonId samira = oak.adult("Samira", "Khan", "1985-05-09", FEMALE, "9990712727", "27 Elm Close", "RV3 7HJ");
        PersonId imran = oak.adult("Imran", "Khan", "1983-08-30", MALE, "9990791910", "27 Elm Close", "RV3 7HJ");
        for (PersonId child : List.of(zara, adam)) {
            oak.relate(child, samira, PARENT, BIRTH_MOTHER);
            oak.relate(child, imran, PARENT, MARRIED_TO_MOTHER_AT_BIRTH);
        }
        oak.relate(zara, adam, SIBLING, null);

        mitchells(oak);
        PersonId jakub = oak.child("Jakub", "Nowak", "2016-04-15", MALE, "9991187863", "D999200117006", "8 Canal Walk", "RV4 1LN");
        oak.relate(jakub, oak.adult("Anna", "Nowak", "1989-12-01", FEMALE, "9991267050", "8 Canal Walk", "RV4 1LN"), PARENT, BIRTH_MOTHER);
        oak.relate(jakub, oak.adult("David", "Wright", "1987-06-14", MALE, "9991346244", "8 Canal Walk", "RV4 1LN"), STEP_PARENT, null);
        PersonId tobi = oak.child("Tobi", "Adebayo", "2017-07-30", MALE, "9991425438", "D999200118007", "41 Park Avenue", "RV5 9PQ");
        oak.relate(tobi, oak.adult("Funmi", "Adebayo", "1984-10-05", FEMALE, "9991504621", "41 Park Avenue", "RV5 9PQ"), PARENT, BIRTH_MOTHER);
        PersonId mia = oak.child("Mia", "Evans", "2019-05-05", FEMALE, "9991583815", "D999200119008", "5 Orchard Row", "RV1 6TU");
        oak.relate(mia, oak.adult("Hannah", "Evans", "1990-03-22", FEMALE, "9991663002", "5 Orchard Row", "RV1 6TU"), PARENT, BIRTH_MOTHER);
        oak.relate(mia, oak.adult("Beth", "Evans", "1991-09-09", FEMALE, "9991742190", "5 Orchard Row", "RV1 6TU"), PARENT,
                SPOUSE_OR_CIVIL_PARTNER_AT_BIRTH);
    }

    /** Ruby lives with her grandmother under a child arrangements order; her mother keeps parental responsibility. */
    private static void mitchells(DemoHousehold h) {
        String upn = h.organisationIsSchool() ? "D999200116005" : null;
        PersonId ruby = h.child("Ruby", "Mitchell", "2017-11-08", FEMALE, "9990871108", upn, "19 Hawthorn Drive", "RV2 8WX");
        h.relate(ruby, h.adult("Margaret", "Mitchell", "1962-04-25", FEMALE, "9991029486", "19 Hawthorn Drive", "RV2 8WX"),
                GRANDPARENT, CHILD_ARRANGEMENTS_ORDER_LIVES_WITH);
        h.relate(ruby, h.adult("Kerry", "Mitchell", "1994-01-17", FEMALE, "9990950296", "Flat 2, 60 High Street", "RV3 5AB"),
                PARENT, BIRTH_MOTHER);
    }

    private static void academy(DemoHousehold academy) {
        PersonId ella = academy.child("Ella", "Brooks", "2011-10-19", FEMALE, "9991821384", "D999400111001", "22 Quarry Lane", "RV4 3EF");
        PersonId noah = academy.child("Noah", "Brooks", "2012-12-03", MALE, "9991900578", "D999400112002", "22 Quarry Lane", "RV4 3EF");
        PersonId lisa = academy.adult("Lisa", "Brooks", "1980-02-28", FEMALE, "9992058951", "22 Quarry Lane", "RV4 3EF");
        academy.relate(ella, lisa, PARENT, BIRTH_MOTHER);
        academy.relate(noah, lisa, PARENT, BIRTH_MOTHER);
        academy.relate(ella, noah, SIBLING, null);
    }

    private static void surgery(DemoHousehold surgery) {
        PersonId ava = surgery.child("Ava", "Thompson", "2015-03-27", FEMALE, "9990000018", null, "12 Willow Road", "RV1 2AB");
        surgery.relate(ava, surgery.adult("Jane", "Thompson", "1988-07-12", FEMALE, "9990237581", "12 Willow Road", "RV1 2AB"),
                PARENT, BIRTH_MOTHER);
        PersonId freddie = surgery.child("Freddie", "Walsh", "2021-08-22", MALE, "9992138149", null, "7 Ferry Road", "RV5 2GH");
        surgery.relate(freddie, surgery.adult("Chloe", "Walsh", "1996-05-30", FEMALE, "9992217332", "7 Ferry Road", "RV5 2GH"),
                PARENT, BIRTH_MOTHER);
    }

    private static void childrensSocialCare(DemoHousehold csc) {
        mitchells(csc);
        PersonId kai = csc.child("Kai", "Morgan", "2014-01-09", MALE, "9992296526", null, "15 Beech Grove", "RV3 4JL");
        csc.relate(kai, csc.adult("Donna", "Morgan", "1992-07-07", FEMALE, "9992454903", "Flat 9, Tower Court", "RV2 1NP"),
                PARENT, BIRTH_MOTHER);
        // A foster carer looks after Kai but does not hold parental responsibility (the local authority shares it).
        csc.relate(kai, csc.adult("Sue", "Parker", "1970-03-15", FEMALE, "9992534095", "15 Beech Grove", "RV3 4JL"), CARER, null);
    }

    /** A health visitor's family: a baby and her mother, who holds parental responsibility as birth mother. */
    private static void healthVisiting(DemoHousehold hv) {
        PersonId isla = hv.child("Isla", "Brown", "2025-01-15", FEMALE, null, null, "3 Meadow View", "RV6 2QP");
        hv.relate(isla, hv.adult("Kate", "Brown", "1997-04-02", FEMALE, null, "3 Meadow View", "RV6 2QP"), PARENT, BIRTH_MOTHER);
    }

    /** Recorded by the organisation's first demo user; provisioning is idempotent and returns the existing account. */
    /**
     * One child known to the MASH, the school, the surgery and the police under three spellings, the school without his NHS
     * number; and a borderline record at the academy (a digit of the date wrong, another address, sex not recorded) for clerical review.
     */
    private void kayden(Map<String, Organisation> organisations, List<DemoUsers.DemoUser> users) {
        household(organisations, users, "mash").child("Kayden", "Marsh", "2017-04-11", MALE, "9990000034", null, "8 Heron Way", "RV4 1QT");
        household(organisations, users, "oakfield").child("Kaiden", "Marsh", "2017-04-11", MALE, null, null, "8 Heron Way", "RV4 1QT");
        household(organisations, users, "surgery").child("Kayden", "Marshe", "2017-04-11", MALE, "9990000034", null, "8 Heron Way", "RV4 1QT");
        household(organisations, users, "police").child("Kaydon", "Marsh", "2017-04-11", MALE, "9990000034", null, "8 Heron Way", "RV4 1QT");
        household(organisations, users, "academy").child("Caden", "Marsh", "2017-04-17", Sex.NOT_RECORDED, null, null, "14 Kingfisher Court", "RV7 2AA");
    }

    private DemoHousehold household(Map<String, Organisation> organisations, List<DemoUsers.DemoUser> users, String key) {
        Organisation organisation = organisations.get(key);
        DemoUsers.DemoUser first = users.stream().filter(u -> u.organisation().equals(key)).findFirst().orElseThrow();
        AccountChange account = accounts.user(organisation.id(),
                new NewUser(first.email(), first.name(), first.roles(), DemoPartnership.PASSWORD));
        if (!(account instanceof AccountChange.Done done)) {
            throw new IllegalStateException("Demo user for " + key + " is missing");
        }
        return new DemoHousehold(setUp, organisation, done.user().id().value());
    }
}
