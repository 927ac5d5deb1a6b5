-- The monitoring year (SQLite). Money is integer pence; times are ISO-8601 UTC text.
-- Locked rows are enforced here, by triggers, not only by the Java code: a closed period's snapshot, its lines and
-- adjustments, ledger batches and actuals are append-only; a restatement is a new snapshot version.

CREATE TABLE store_year (
    year_start   INTEGER PRIMARY KEY,
    revision     INTEGER NOT NULL,
    last_change  TEXT    NOT NULL,
    changed_by   TEXT    NOT NULL,
    changed_at   TEXT    NOT NULL,
    closed       INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
);

CREATE TABLE budget_line (
    year_start   INTEGER NOT NULL,
    version      TEXT    NOT NULL CHECK (version IN ('agreed', 'revised')),
    scope        TEXT    NOT NULL CHECK (scope IN ('DSG', 'NON_DSG')),
    line         TEXT    NOT NULL,
    line_group   TEXT    NOT NULL,
    net_budget   INTEGER NOT NULL,
    recorded_by  TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL,
    PRIMARY KEY (year_start, version, scope, line)
);

CREATE TABLE virement (
    id           INTEGER PRIMARY KEY,
    year_start   INTEGER NOT NULL,
    scope        TEXT    NOT NULL CHECK (scope IN ('DSG', 'NON_DSG')),
    from_line    TEXT    NOT NULL,
    to_line      TEXT    NOT NULL,
    amount       INTEGER NOT NULL CHECK (amount > 0),
    route        TEXT    NOT NULL,
    reference    TEXT    NOT NULL,
    approved_on  TEXT    NOT NULL,
    recorded_by  TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL
);

CREATE TABLE ledger_batch (
    id           INTEGER PRIMARY KEY,
    year_start   INTEGER NOT NULL,
    period       INTEGER NOT NULL CHECK (period BETWEEN 1 AND 12),
    source_name  TEXT    NOT NULL,
    sha256       TEXT    NOT NULL UNIQUE,
    lines        INTEGER NOT NULL,
    unmapped     INTEGER NOT NULL,
    imported_by  TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL
);

CREATE TABLE actual (
    batch_id     INTEGER NOT NULL REFERENCES ledger_batch (id),
    year_start   INTEGER NOT NULL,
    period       INTEGER NOT NULL CHECK (period BETWEEN 1 AND 12),
    line         TEXT    NOT NULL,
    amount       INTEGER NOT NULL,
    PRIMARY KEY (batch_id, line, period)
);
CREATE INDEX actual_by_year ON actual (year_start, line, period);

-- Lines and adjustments are written first, the snapshot row last: once the snapshot row exists its period
-- version is locked, and the triggers refuse any further line or adjustment for it.
CREATE TABLE snapshot_line (
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
    PRIMARY KEY (year_start, period, scope, version, seq),
    UNIQUE (year_start, period, scope, version, line)
);

CREATE TABLE snapshot_adjustment (
    year_start   INTEGER NOT NULL,
    period       INTEGER NOT NULL,
    scope        TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    line         TEXT    NOT NULL,
    seq          INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    name         TEXT    NOT NULL,
    amount       INTEGER NOT NULL,
    route        TEXT,
    reference    TEXT,
    approved_on  TEXT,
    PRIMARY KEY (year_start, period, scope, version, line, seq)
);

CREATE TABLE snapshot (
    year_start      INTEGER NOT NULL,
    period          INTEGER NOT NULL CHECK (period BETWEEN 1 AND 12),
    scope           TEXT    NOT NULL CHECK (scope IN ('DSG', 'NON_DSG')),
    version         INTEGER NOT NULL CHECK (version >= 1),
    title           TEXT    NOT NULL,
    sub_total_label TEXT    NOT NULL,
    total_label     TEXT    NOT NULL,
    line_count      INTEGER NOT NULL,
    adjustment_count INTEGER NOT NULL,
    source          TEXT    NOT NULL,
    reason          TEXT,
    closed_by       TEXT    NOT NULL,
    closed_at       TEXT    NOT NULL,
    PRIMARY KEY (year_start, period, scope, version),
    CHECK (version = 1 OR (reason IS NOT NULL AND length(trim(reason)) > 0))
);

CREATE TABLE reserve (
    year_start     INTEGER NOT NULL,
    name           TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('earmarked', 'dsg')),
    opening        INTEGER NOT NULL,
    opening_source TEXT    NOT NULL,
    PRIMARY KEY (year_start, name)
);

CREATE TABLE reserve_movement (
    id            INTEGER PRIMARY KEY,
    year_start    INTEGER NOT NULL,
    reserve_name  TEXT    NOT NULL,
    description   TEXT    NOT NULL,
    amount        INTEGER NOT NULL,
    source_line   TEXT,
    source_period INTEGER,
    recorded_by   TEXT    NOT NULL,
    recorded_at   TEXT    NOT NULL,
    FOREIGN KEY (year_start, reserve_name) REFERENCES reserve (year_start, name)
);

CREATE TABLE carry_forward (
    id             INTEGER PRIMARY KEY,
    from_year      INTEGER NOT NULL,
    to_year        INTEGER NOT NULL,
    scope          TEXT    NOT NULL CHECK (scope IN ('DSG', 'NON_DSG')),
    line           TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    from_period    INTEGER NOT NULL,
    from_version   INTEGER NOT NULL,
    amount         INTEGER NOT NULL,
    destination    TEXT    NOT NULL,
    recorded_by    TEXT    NOT NULL,
    recorded_at    TEXT    NOT NULL
);

CREATE TABLE year_note (
    id           INTEGER PRIMARY KEY,
    year_start   INTEGER NOT NULL,
    note         TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL
);

-- locks -------------------------------------------------------------------------------------------------------------

CREATE TRIGGER snapshot_never_updated BEFORE UPDATE ON snapshot
BEGIN SELECT RAISE(ABORT, 'a closed period is locked: its snapshot is never updated; restate it as a new version with a reason'); END;
CREATE TRIGGER snapshot_never_deleted BEFORE DELETE ON snapshot
BEGIN SELECT RAISE(ABORT, 'a closed period is locked: its snapshot is never deleted'); END;
CREATE TRIGGER snapshot_line_never_updated BEFORE UPDATE ON snapshot_line
BEGIN SELECT RAISE(ABORT, 'a closed period is locked: its lines are never updated; restate it as a new version with a reason'); END;
CREATE TRIGGER snapshot_line_never_deleted BEFORE DELETE ON snapshot_line
BEGIN SELECT RAISE(ABORT, 'a closed period is locked: its lines are never deleted'); END;
CREATE TRIGGER snapshot_adjustment_never_updated BEFORE UPDATE ON snapshot_adjustment
BEGIN SELECT RAISE(ABORT, 'a closed period is locked: its adjustments are never updated; restate it as a new version with a reason'); END;
CREATE TRIGGER snapshot_adjustment_never_deleted BEFORE DELETE ON snapshot_adjustment
BEGIN SELECT RAISE(ABORT, 'a closed period is locked: its adjustments are never deleted'); END;

CREATE TRIGGER snapshot_line_after_lock BEFORE INSERT ON snapshot_line
WHEN EXISTS (SELECT 1 FROM snapshot s WHERE s.year_start = NEW.year_start AND s.period = NEW.period
             AND s.scope = NEW.scope AND s.version = NEW.version)
BEGIN SELECT RAISE(ABORT, 'a closed period is locked: no line is added to a stored snapshot version'); END;
CREATE TRIGGER snapshot_adjustment_after_lock BEFORE INSERT ON snapshot_adjustment
WHEN EXISTS (SELECT 1 FROM snapshot s WHERE s.year_start = NEW.year_start AND s.period = NEW.period
             AND s.scope = NEW.scope AND s.version = NEW.version)
BEGIN SELECT RAISE(ABORT, 'a closed period is locked: no adjustment is added to a stored snapshot version'); END;

CREATE TRIGGER snapshot_complete BEFORE INSERT ON snapshot
WHEN (SELECT count(*) FROM snapshot_line l WHERE l.year_start = NEW.year_start AND l.period = NEW.period
      AND l.scope = NEW.scope AND l.version = NEW.version) <> NEW.line_count
  OR (SELECT count(*) FROM snapshot_adjustment a WHERE a.year_start = NEW.year_start AND a.period = NEW.period
      AND a.scope = NEW.scope AND a.version = NEW.version) <> NEW.adjustment_count
BEGIN SELECT RAISE(ABORT, 'a snapshot is stored with all its lines and adjustments, or not at all'); END;

CREATE TRIGGER snapshot_in_closed_year BEFORE INSERT ON snapshot
WHEN EXISTS (SELECT 1 FROM store_year y WHERE y.year_start = NEW.year_start AND y.closed = 1)
BEGIN SELECT RAISE(ABORT, 'the year is closed: no period of it is closed or restated'); END;

CREATE TRIGGER ledger_batch_never_updated BEFORE UPDATE ON ledger_batch
BEGIN SELECT RAISE(ABORT, 'an imported ledger batch is never changed'); END;
CREATE TRIGGER ledger_batch_never_deleted BEFORE DELETE ON ledger_batch
BEGIN SELECT RAISE(ABORT, 'an imported ledger batch is never deleted'); END;
CREATE TRIGGER actual_never_updated BEFORE UPDATE ON actual
BEGIN SELECT RAISE(ABORT, 'imported actuals are never changed'); END;
CREATE TRIGGER actual_never_deleted BEFORE DELETE ON actual
BEGIN SELECT RAISE(ABORT, 'imported actuals are never deleted'); END;
CREATE TRIGGER actual_in_locked_period BEFORE INSERT ON actual
WHEN EXISTS (SELECT 1 FROM snapshot s WHERE s.year_start = NEW.year_start AND s.period = NEW.period)
BEGIN SELECT RAISE(ABORT, 'a closed period is locked: no actuals are imported into it'); END;

CREATE TRIGGER carry_forward_never_updated BEFORE UPDATE ON carry_forward
BEGIN SELECT RAISE(ABORT, 'a carry-forward is never changed'); END;
CREATE TRIGGER carry_forward_never_deleted BEFORE DELETE ON carry_forward
BEGIN SELECT RAISE(ABORT, 'a carry-forward is never deleted'); END;
CREATE TRIGGER reserve_movement_never_updated BEFORE UPDATE ON reserve_movement
BEGIN SELECT RAISE(ABORT, 'a reserve movement is never changed'); END;
CREATE TRIGGER reserve_movement_never_deleted BEFORE DELETE ON reserve_movement
BEGIN SELECT RAISE(ABORT, 'a reserve movement is never deleted'); END;
CREATE TRIGGER year_never_reopened BEFORE UPDATE ON store_year
WHEN OLD.closed = 1
BEGIN SELECT RAISE(ABORT, 'the year is closed: it is never changed again'); END;
