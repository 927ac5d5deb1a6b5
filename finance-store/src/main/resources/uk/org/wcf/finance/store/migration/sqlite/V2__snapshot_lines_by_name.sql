-- Snapshot lines in one B-tree keyed by their name (WITHOUT ROWID), for speed: V1 kept each line three times
-- (the table by rowid, its primary key on seq and its unique key on the line), so closing a period of 10,000 lines
-- wrote 30,000 B-tree entries. The line's name is the key now; seq stays as a column (the order lines are shown in).
-- Same columns, same rules, same triggers: this changes only how SQLite lays the rows out.

-- The completeness check on snapshot reads snapshot_line; it is dropped while the table is rebuilt and made again.
DROP TRIGGER snapshot_complete;

CREATE TABLE snapshot_line_by_name (
    year_start      INTEGER NOT NULL,
    period          INTEGER NOT NULL,
    scope           TEXT    NOT NULL,
    version         INTEGER NOT NULL,
    seq             INTEGER NOT NULL,
    line            TEXT    NOT NULL,
    line_group      TEXT    NOT NULL,
    is_grant        INTEGER NOT NULL CHECK (is_grant IN (0, 1)),
    net_budget      INTEGER NOT NULL,
    forecast        INTEGER NOT NULL,
    actual_ytd      INTEGER NOT NULL,
    budget_source   TEXT    NOT NULL,
    forecast_source TEXT    NOT NULL,
    actual_source   TEXT    NOT NULL,
    PRIMARY KEY (year_start, period, scope, version, line)
) WITHOUT ROWID;

INSERT INTO snapshot_line_by_name (year_start, period, scope, version, seq, line, line_group, is_grant, net_budget,
        forecast, actual_ytd, budget_source, forecast_source, actual_source)
    SELECT year_start, period, scope, version, seq, line, line_group, is_grant, net_budget, forecast, actual_ytd,
        budget_source, forecast_source, actual_source FROM snapshot_line;

-- DROP TABLE fires no trigger (SQLite's implicit DELETE FROM does not), so the locked rows move, they are not deleted.
DROP TABLE snapshot_line;
ALTER TABLE snapshot_line_by_name RENAME TO snapshot_line;

CREATE TRIGGER snapshot_line_never_updated BEFORE UPDATE ON snapshot_line
BEGIN SELECT RAISE(ABORT, 'a closed period is locked: its lines are never updated; restate it as a new version with a reason'); END;
CREATE TRIGGER snapshot_line_never_deleted BEFORE DELETE ON snapshot_line
BEGIN SELECT RAISE(ABORT, 'a closed period is locked: its lines are never deleted'); END;
CREATE TRIGGER snapshot_line_after_lock BEFORE INSERT ON snapshot_line
WHEN EXISTS (SELECT 1 FROM snapshot s WHERE s.year_start = NEW.year_start AND s.period = NEW.period
             AND s.scope = NEW.scope AND s.version = NEW.version)
BEGIN SELECT RAISE(ABORT, 'a closed period is locked: no line is added to a stored snapshot version'); END;

CREATE TRIGGER snapshot_complete BEFORE INSERT ON snapshot
WHEN (SELECT count(*) FROM snapshot_line l WHERE l.year_start = NEW.year_start AND l.period = NEW.period
      AND l.scope = NEW.scope AND l.version = NEW.version) <> NEW.line_count
  OR (SELECT count(*) FROM snapshot_adjustment a WHERE a.year_start = NEW.year_start AND a.period = NEW.period
      AND a.scope = NEW.scope AND a.version = NEW.version) <> NEW.adjustment_count
BEGIN SELECT RAISE(ABORT, 'a snapshot is stored with all its lines and adjustments, or not at all'); END;
