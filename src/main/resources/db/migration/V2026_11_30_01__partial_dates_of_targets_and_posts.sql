-- A target's "achieved as of" and "due by", and a post's "attested on", are often known only to the month or the
-- year ("in June", "in 2023"). Like every other partial date they now carry their precision, and a date of
-- precision MONTH or YEAR is the first day of its period. Dates stored before this carried none: they were days.
-- A target also gets a note, for what a reader should know about where its figures come from. The audit log records
-- the filled-in precisions as this migration's change.

select set_config('app.actor', 'schema-migration', true);

alter table project_target
    add column achieved_precision text check (achieved_precision in ('DAY', 'MONTH', 'YEAR')),
    add column due_by_precision   text check (due_by_precision in ('DAY', 'MONTH', 'YEAR')),
    add column note               text;

update project_target set achieved_precision = 'DAY' where achieved_as_of is not null;
update project_target set due_by_precision = 'DAY' where due_by is not null;

alter table project_target
    add constraint project_target_achieved_precision_pair check ((achieved_as_of is null) = (achieved_precision is null)),
    add constraint project_target_due_by_precision_pair check ((due_by is null) = (due_by_precision is null));

alter table post_held
    add column attested_precision text check (attested_precision in ('DAY', 'MONTH', 'YEAR'));

update post_held set attested_precision = 'DAY' where attested_on is not null;

alter table post_held
    add constraint post_held_attested_precision_pair check ((attested_on is null) = (attested_precision is null));

comment on column post_held.attested_precision is 'How much of attested_on the source gives (a MONTH or YEAR date is the first day of its period)';
comment on column project_target.achieved_precision is 'How much of achieved_as_of the source gives';
