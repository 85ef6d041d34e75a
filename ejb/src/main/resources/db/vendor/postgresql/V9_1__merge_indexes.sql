-- PostgreSQL: the indexes of the child-death merge (H2 keeps those of V7, and has no partial
-- indexes).
--
-- The notifications on no record yet, by import: the merge's statements start from them (a few
-- once an import has placed most of its notifications, none when a file is sent again with new
-- values), where the index of every notification by import holds a million entries after a
-- million-row import.
CREATE INDEX death_notification_unlinked_ix ON death_notification (import_id)
    WHERE child_death_id IS NULL;

-- The notifications by NHS number and by dates served the merge's first statements, one look-up
-- per row; its joins are hash joins now, and every index on death_notification is one more entry
-- written for every notification added or changed (a changed notification is written whole, with
-- an entry in each index). The records are found by the indexes of child_death_identity and
-- child_death.
DROP INDEX death_notification_nhs_ix;
DROP INDEX death_notification_dates_ix;

-- The staged rows by source: the merge finds a file's repeated lines and the notifications sent
-- before by hash joins over the whole import, and the index was one more entry for every row the
-- read step writes.
DROP INDEX death_import_row_source_ix;
