-- The IG lead's review of a sharing outside any agreement: who reviewed it, when, and their note (ICO data sharing code
-- of practice: regular sharing like this may need an agreement). A review is recorded once and never changed.
alter table sharing_outside_agreement
    add column reviewed_at      timestamptz,
    add column reviewed_by      uuid,
    add column reviewed_by_name text,
    add column review_note      text,
    add constraint sharing_outside_agreement_review_whole
        check ((reviewed_at is null) = (review_note is null) and (reviewed_at is null) = (reviewed_by is null));
