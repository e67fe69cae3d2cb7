package org.safeshare.matching.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Given names and the short forms used for them in England (Bill for William, Alfie for Alfred), so that
 * a school's "Alfie" and a GP's "Alfred" agree. Phonetic codes cannot do this: Bill and William share no
 * sound. A short form with two long forms (Alex) belongs to the commoner one; the other still agrees by
 * Jaro-Winkler or phonetic level.
 */
public final class Nicknames {

    private static final String[] TABLE = {
        "alexander:alex,alec,alexa,sandy,xander,lex", "alexandra:alexa,lexi,lexie,sasha,sandra,sandy", "alfred:alfie,alf,fred,freddie",
        "andrew:andy,drew", "anthony:tony,ant", "archibald:archie", "benjamin:ben,benny,benji", "catherine:cathy,kate,katie,cat,kath,kathryn,katherine,kathleen,kay",
        "charles:charlie,chas,chuck,chaz", "charlotte:lottie,lotte,charlie,lotty", "christopher:chris,kit,topher", "christine:chris,chrissie,tina,christina",
        "daniel:dan,danny", "david:dave,davey,davie", "deborah:debbie,debs,debra", "edward:ed,eddie,ted,teddy,ned,edd",
        "elizabeth:liz,lizzie,beth,betty,bess,eliza,libby,lisa,elsie,ellie,lily,izzy", "eleanor:ellie,nell,nellie,elle,ella,nora",
        "ellen:ellie,nell", "emily:em,emmy,millie", "frederick:fred,freddie,freddy,fredrick", "gabriel:gabe,gabby", "gabriella:gabby,ella,gabriela",
        "harold:harry,hal", "henry:harry,hal,hank,hen", "isabella:bella,izzy,issy,isabelle,isobel,isabel,belle", "jacob:jake,jakey",
        "james:jim,jimmy,jamie,jimbo,jem", "jennifer:jen,jenny,jenna", "jessica:jess,jessie,jessy", "john:jack,johnny,jon,jonny,johnnie",
        "jonathan:jon,jonny,nathan", "joseph:joe,joey,jo,joss", "joshua:josh", "katherine:kate,katie,kat,kathy,kitty", "kenneth:ken,kenny",
        "lawrence:larry,laurie,laurence,lol", "leonard:leo,len,lenny", "louis:lou,louie,lewis", "madeleine:maddie,maddy,madeline,madison",
        "margaret:maggie,meg,peggy,madge,marge,maisie,daisy,greta,megan", "matthew:matt,matty,mat", "michael:mike,mikey,mick,mickey,mitch",
        "nathaniel:nat,nate,nathan", "nicholas:nick,nicky,nico,nic,colin", "oliver:ollie,olly,noll", "olivia:liv,livvy,ollie,livia",
        "patrick:pat,paddy,patsy", "penelope:penny,pen", "peter:pete", "philip:phil,pip,phillip", "rebecca:becky,becca,bex,becki",
        "richard:rich,richie,rick,ricky,dick,dickie", "robert:rob,robbie,bob,bobby,bert,robin,robby", "ronald:ron,ronnie", "samuel:sam,sammy,sammie",
        "samantha:sam,sammy,sammie", "sarah:sally,sadie,sara,sal", "sophia:sophie,soph,sofia", "stephen:steve,stevie,steven,stephan",
        "susan:sue,susie,suzy,suzanne", "theodore:theo,ted,teddy", "thomas:tom,tommy,thom,tam", "timothy:tim,timmy", "victoria:vicky,vickie,tori,vic,toria",
        "william:will,bill,billy,willie,willy,liam,wills", "zachary:zach,zack,zak", "abigail:abbie,abby,gail", "amelia:millie,amy,mia,emmy",
        "annabelle:annie,anna,belle", "anne:annie,ann,anna,nan,nancy", "barbara:barb,babs,barbie", "dominic:dom,dommy", "edmund:ed,eddie,ted,ned",
        "florence:flo,florrie,flossie", "frances:fran,frankie,fanny", "francis:frank,frankie,fran", "gregory:greg", "harriet:hattie,hatty,harry",
        "jacqueline:jackie,jacqui", "jeremy:jerry,jez", "joanna:jo,joanne,jo-anne", "kimberley:kim,kimberly", "maximilian:max,maxi",
        "maxwell:max", "mohammed:mohammad,muhammad,mohamed,muhammed,mo,mohammad", "natalie:nat,nattie,talia", "nathan:nat,nate",
        "pamela:pam", "raymond:ray", "reginald:reg,reggie", "rosemary:rose,rosie", "ruby:rubes", "stanley:stan", "terence:terry,tel",
        "valerie:val", "vincent:vince,vinnie", "walter:walt,wally", "winifred:winnie,freda", "georgina:georgie,gina", "george:georgie,geordie",
        "jasmine:jas,jazz,jazmin,yasmin", "louise:lou,lulu,louisa", "christian:chris,kristian", "cameron:cam", "ethan:eth", "harrison:harry,harri",
        "isaac:ike,zac", "jayden:jay,jaden,jaiden", "kayleigh:kayley,kaylee,kaley", "lucas:luke,luca,lukas", "mackenzie:kenzie,mack",
        "madison:maddie,maddy", "tobias:toby", "tyler:ty", "evelyn:evie,eve,evelyne", "phoebe:phebe", "grace:gracie", "scarlett:scarlet,lettie"
    };

    private static final Map<String, String> CANONICAL = canonicalForms();

    private Nicknames() {}

    /** The name a short form stands for, or the name itself (already normalised, in lower case). */
    public static String canonical(String name) {
        return CANONICAL.getOrDefault(name, name);
    }

    private static Map<String, String> canonicalForms() {
        Map<String, String> forms = new HashMap<>();
        for (String row : TABLE) {
            String[] parts = row.split(":");
            for (String variant : parts[1].split(",")) {
                forms.putIfAbsent(Names.normalise(variant), parts[0]);
            }
        }
        for (String row : TABLE) {
            forms.remove(row.split(":")[0]); // a full name is its own canonical form, even if also a short form elsewhere
        }
        return Map.copyOf(forms);
    }
}
