package org.safeshare.bench.matching;

/** Name lists for the generator: common names in England and Wales (ONS baby names, surname frequency order). */
final class Names {

    static final String[] BOYS = ("oliver,george,noah,arthur,harry,leo,muhammad,jack,charlie,oscar,jacob,henry,thomas,freddie,alfie,theo,william,"
            + "theodore,archie,joshua,alexander,james,isaac,edward,lucas,tommy,finley,max,logan,ethan,mohammed,teddy,benjamin,arlo,joseph,"
            + "sebastian,harrison,elijah,adam,daniel,samuel,louie,mason,reuben,albie,rory,jaxon,hugo,luca,zachary,reggie,hunter,louis,dylan,"
            + "albert,david,jude,frankie,roman,ezra,toby,riley,ronnie,frederick,mohammad,jenson,gabriel,stanley,leon,jesse,bobby,michael,"
            + "finn,ralph,carter,elliot,ollie,grayson,jayden,harley,ryan,caleb,liam,nathan,jamie,harvey,kai,aaron,matthew,luke,tyler,callum,"
            + "connor,kyle,lewis,ben,sam,robert,christopher,anthony,andrew,jonathan,patrick,dominic,nicholas,cameron,owen,aiden,ibrahim,yusuf,"
            + "omar,ali,hamza,ayaan,kacper,jakub,filip,oskar,piotr,declan,ciaran,cian,tobias,alfred,kenneth,timothy,victor,aryan,arjun,rohan").split(",");
    static final String[] GIRLS = ("olivia,amelia,isla,ava,ivy,freya,lily,florence,mia,willow,rosie,sophia,isabella,grace,daisy,sienna,poppy,"
            + "elsie,emily,ella,evelyn,phoebe,sofia,evie,charlotte,harper,millie,matilda,maya,sophie,alice,emilia,isabelle,ruby,luna,maisie,"
            + "aria,penelope,mila,bonnie,eva,hallie,eliza,ada,violet,esme,arabella,imogen,jessica,delilah,thea,ayla,lottie,layla,nancy,margot,"
            + "aurora,robyn,orla,hannah,chloe,katie,lucy,megan,holly,abigail,lauren,amy,emma,jasmine,leah,molly,erin,zara,niamh,caitlin,"
            + "georgia,madison,eleanor,elizabeth,victoria,rebecca,samantha,rachel,sarah,laura,natalie,jennifer,catherine,margaret,louise,"
            + "gabriella,nadia,amira,fatima,aisha,maryam,zainab,hafsa,zuzanna,julia,maja,lena,amelie,anaya,priya,kiera,shannon,kayleigh,tia,"
            + "paige,courtney,bethany,harriet,martha,annabelle,beatrice,clara,edith,frances,iris,mabel,olive,rose,stella").split(",");
    static final String[] SURNAMES = ("smith,jones,williams,taylor,brown,davies,evans,wilson,thomas,johnson,roberts,robinson,thompson,wright,"
            + "walker,white,edwards,hughes,green,hall,lewis,harris,clarke,patel,jackson,wood,turner,martin,cooper,hill,ward,morris,moore,clark,"
            + "lee,king,baker,harrison,morgan,allen,james,scott,phillips,watson,davis,parker,price,bennett,young,griffiths,mitchell,kelly,"
            + "cook,carter,richardson,bailey,collins,bell,shaw,murphy,miller,cox,richards,khan,marshall,anderson,simpson,ellis,adams,singh,"
            + "begum,wilkinson,foster,chapman,powell,webb,rogers,gray,mason,ali,hunt,hussain,campbell,matthews,owen,palmer,holmes,mills,"
            + "barnes,knight,lloyd,butler,russell,barker,fisher,stevens,jenkins,murray,dixon,harvey,graham,pearson,ahmed,fletcher,walsh,kaur,"
            + "gibson,howard,andrews,stewart,elliott,reynolds,saunders,payne,fox,ford,pearce,day,brooks,west,lawrence,cole,atkinson,bradley,"
            + "spencer,gill,dawson,ball,burton,obrien,watts,rose,booth,perry,ryan,grant,wells,armstrong,francis,rees,hayes,hart,hudson,newman,"
            + "barrett,webster,hunter,gregory,carr,lowe,page,marsh,riley,dunn,woods,parsons,berry,stone,reid,holland,hawkins,harding,porter,"
            + "robertson,newton,oliver,reed,kennedy,williamson,bird,gardner,shah,dean,lane,cooke,bates,henderson,parry,burgess,bishop,walton,"
            + "burns,nicholson,shepherd,ross,cross,long,freeman,warren,nicholls,hamilton,byrne,sutton,mcdonald,yates,hodgson,robson,curtis,"
            + "hopkins,oconnor,harper,coleman,watkins,moss,mccarthy,chambers,odonnell,griffin,sharp,hardy,wheeler,potter,osborne,johnston,"
            + "gordon,doyle,wallace,george,jordan,hutchinson,rahman,nowak,kowalski,wisniewski,wojcik,kaminski,okafor,adeyemi,mensah,nguyen,"
            + "chen,wong,kumar,sharma,akhtar,iqbal,mahmood,malik,mohamed,abdi,hassan,ibrahim,yilmaz,demir,popescu,ionescu,silva,santos").split(",");
    static final String[] SYLLABLES = ("ab,an,ar,bel,ber,bro,ca,chal,cor,da,del,den,dor,el,en,er,fa,fen,gar,gil,ha,hal,har,in,ja,ka,kel,ken,"
            + "la,lan,ler,li,ma,mar,mel,mor,na,nel,nor,o,pa,pen,per,qui,ra,ran,ri,ro,sa,sel,son,ta,ter,tho,ton,ul,va,ver,wa,wen,wick,ya,zo").split(",");
    static final String[] STREETS = ("high street,station road,main street,park road,church road,church street,london road,victoria road,"
            + "green lane,manor road,church lane,park avenue,the avenue,the crescent,queens road,new road,grange road,kings road,north street,"
            + "alexandra road,school lane,mill lane,springfield road,george street,york road,west street,stanley road,albert road,"
            + "chester road,richmond road,windsor road,cedar close,oak avenue,elm grove,ash tree way,willow drive,meadow view,beech road").split(",");
    static final String[] TOWNS = ("leeds,bradford,sheffield,manchester,salford,liverpool,wigan,bolton,stockport,oldham,rochdale,bury,"
            + "doncaster,rotherham,barnsley,wakefield,huddersfield,halifax,york,hull,middlesbrough,sunderland,newcastle,gateshead,durham,"
            + "darlington,preston,blackburn,blackpool,lancaster,carlisle,birmingham,coventry,wolverhampton,walsall,dudley,nottingham,derby,"
            + "leicester,northampton,luton,bristol,bath,plymouth,exeter,swindon,reading,slough,southampton,portsmouth,brighton,norwich,ipswich").split(",");
    static final String[] AREAS = ("LS,BD,S,M,L,WN,BL,SK,OL,DN,WF,HD,HX,YO,HU,TS,SR,NE,DH,DL,PR,BB,FY,LA,CA,B,CV,WV,WS,DY,NG,DE,LE,NN,LU,BS,BA,"
            + "PL,EX,SN,RG,SL,SO,PO,BN,NR,IP,CM,SS,CO,CB,PE,MK,OX,GL,HR,WR,TF,ST,CW,CH,WA,SY,LL,CF,SA,NP,TN,ME,CT,GU,KT,CR,BR,DA,RM,IG,EN,HA,UB,TW,SM").split(",");

    private Names() {}
}
