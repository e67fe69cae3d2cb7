-- People :from to :to of the plan (generate.sh), in id order so the primary key index is filled in one pass.
insert into person (id, organisation_id, kind, given_name, family_name, date_of_birth, sex, nhs_number, created_by, created_at)
select p.id, p.organisation_id, case when p.i % 5 = 0 then 'ADULT' else 'CHILD' end,
       (array['Amelia','Oliver','Isla','George','Ava','Noah','Mia','Leo','Ivy','Arthur','Freya','Muhammad','Lily','Harry',
              'Sophia','Oscar','Grace','Jack','Evie','Charlie','Aisha','Jacob','Zara','Theo','Ruby','Alfie','Maya','Finley',
              'Poppy','Archie','Hana','Yusuf','Esme','Kai','Orla','Reuben','Nia','Ezra','Seren','Tomasz'])[1 + county.pick(p.i, 40)],
       (array['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson','Wright','Thompson',
              'Evans','Walker','White','Roberts','Green','Hall','Thomas','Clarke','Jackson','Wood','Harris','Edwards','Turner',
              'Martin','Cooper','Hill','Ward','Hughes','Moore','Clark','King','Harrison','Lewis','Baker','Lee','Allen','Morris',
              'Khan','Scott','Watson','Davis','Parker','James','Bennett','Young','Phillips','Richardson','Mitchell','Bailey',
              'Carter','Cook','Singh','Shaw','Bell','Collins','Morgan','Kelly','Begum','Miller','Cox','Hussain','Marshall',
              'Simpson','Price','Anderson','Adams','Wilkinson','Ali','Ahmed','Foster','Ellis','Murphy','Chapman','Mason','Gray',
              'Richards','Webb','Griffiths','Hunt','Palmer','Campbell','Holmes','Mills','Rogers','Barnes','Knight','Matthews',
              'Barker','Powell','Stevens','Kaur','Fisher','Butler','Dixon','Russell','Harvey','Pearson','Graham'])[1 + county.pick(p.i * 31, 100)],
       case when p.i % 5 = 0 then current_date - (6600 + p.i % 20000)::int else current_date - (p.i % 6500)::int end,
       case when p.i % 2 = 0 then 'FEMALE' else 'MALE' end,
       county.nhs(900000000 + p.i), p.user_id, p.at
from county.person p
where p.i between :from and :to
order by p.id;
