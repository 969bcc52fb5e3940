-- Words for what the sources actually say, where the existing kinds said more:
-- a VISIT whose kind (official, working...) no source states; an agreement the parties are reported to have
-- AGREED on without a signature being mentioned, or whose status the sources leave UNKNOWN; a milestone
-- IN_PROGRESS (reported as under way, neither done nor only planned).

alter table meeting drop constraint meeting_kind_check;
alter table meeting add constraint meeting_kind_check
    check (kind in ('VISIT', 'OFFICIAL_VISIT', 'WORKING_VISIT', 'TALKS', 'RECEPTION', 'SITE_VISIT', 'FORUM', 'CONFERENCE',
                    'COMMISSION_SESSION', 'ROUNDTABLE', 'SUMMIT'));

alter table agreement drop constraint agreement_status_check;
alter table agreement add constraint agreement_status_check
    check (status in ('PROPOSED', 'UNDER_NEGOTIATION', 'AGREED', 'SIGNED', 'IN_FORCE', 'EXPIRED', 'UNKNOWN'));

alter table project_milestone drop constraint project_milestone_status_check;
alter table project_milestone add constraint project_milestone_status_check
    check (status in ('DONE', 'IN_PROGRESS', 'PLANNED'));
