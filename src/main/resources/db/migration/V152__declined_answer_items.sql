-- A question of an information request may be declined on its own, with the reasons (kept as the item's answer) that
-- the requester reads; nothing of it is shared, so it has no source (an empty one).
alter table request_answer_item drop constraint request_answer_item_kind_check;
alter table request_answer_item add constraint request_answer_item_kind_check
    check (kind in ('FACT', 'OPINION', 'HISTORICAL', 'DECLINED'));
