-- Who is sharing: a public authority may rely on UK GDPR Art 6(1)(e) public task, and may not rely on Art 6(1)(ea)
-- recognised legitimate interest or (f) legitimate interests; a body that is not one may not rely on (e). Whether an
-- organisation is within the duty to share of Children Act 2004 s16LA(4). Both start from the type and a partnership
-- administrator corrects them (docs/adr/0011).
alter table organisation add column public_authority boolean;
alter table organisation add column covered_by_duty_to_share boolean;
update organisation set public_authority = type not in ('INDEPENDENT_SCHOOL', 'PRIVATE_OR_VOLUNTARY_NURSERY', 'CHILDMINDER', 'VOLUNTARY_SECTOR'),
                        covered_by_duty_to_share = type <> 'VOLUNTARY_SECTOR';
alter table organisation alter column public_authority set not null;
alter table organisation alter column covered_by_duty_to_share set not null;
