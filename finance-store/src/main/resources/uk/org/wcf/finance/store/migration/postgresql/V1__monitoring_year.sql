-- The monitoring year (PostgreSQL). Money is integer pence; times are ISO-8601 UTC text.
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
    net_budget   BIGINT  NOT NULL,
    recorded_by  TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL,
    PRIMARY KEY (year_start, version, scope, line)
);

CREATE TABLE virement (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year_start   INTEGER NOT NULL,
    scope        TEXT    NOT NULL CHECK (scope IN ('DSG', 'NON_DSG')),
    from_line    TEXT    NOT NULL,
    to_line      TEXT    NOT NULL,
    amount       BIGINT  NOT NULL CHECK (amount > 0),
    route        TEXT    NOT NULL,
    reference    TEXT    NOT NULL,
    approved_on  TEXT    NOT NULL,
    recorded_by  TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL
);

CREATE TABLE ledger_batch (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    batch_id     BIGINT  NOT NULL REFERENCES ledger_batch (id),
    year_start   INTEGER NOT NULL,
    period       INTEGER NOT NULL CHECK (period BETWEEN 1 AND 12),
    line         TEXT    NOT NULL,
    amount       BIGINT  NOT NULL,
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
    net_budget      BIGINT  NOT NULL,
    forecast        BIGINT  NOT NULL,
    actual_ytd      BIGINT  NOT NULL,
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
    amount       BIGINT  NOT NULL,
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
    CHECK (version = 1 OR (reason IS NOT NULL AND length(btrim(reason)) > 0))
);

CREATE TABLE reserve (
    year_start     INTEGER NOT NULL,
    name           TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('earmarked', 'dsg')),
    opening        BIGINT  NOT NULL,
    opening_source TEXT    NOT NULL,
    PRIMARY KEY (year_start, name)
);

CREATE TABLE reserve_movement (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year_start    INTEGER NOT NULL,
    reserve_name  TEXT    NOT NULL,
    description   TEXT    NOT NULL,
    amount        BIGINT  NOT NULL,
    source_line   TEXT,
    source_period INTEGER,
    recorded_by   TEXT    NOT NULL,
    recorded_at   TEXT    NOT NULL,
    FOREIGN KEY (year_start, reserve_name) REFERENCES reserve (year_start, name)
);

CREATE TABLE carry_forward (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    from_year      INTEGER NOT NULL,
    to_year        INTEGER NOT NULL,
    scope          TEXT    NOT NULL CHECK (scope IN ('DSG', 'NON_DSG')),
    line           TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    from_period    INTEGER NOT NULL,
    from_version   INTEGER NOT NULL,
    amount         BIGINT  NOT NULL,
    destination    TEXT    NOT NULL,
    recorded_by    TEXT    NOT NULL,
    recorded_at    TEXT    NOT NULL
);

CREATE TABLE year_note (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year_start   INTEGER NOT NULL,
    note         TEXT    NOT NULL,
    recorded_at  TEXT    NOT NULL
);

-- locks -------------------------------------------------------------------------------------------------------------

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'raise_exception';
END;
$$;

CREATE TRIGGER snapshot_never_changed BEFORE UPDATE OR DELETE ON snapshot FOR EACH ROW
    EXECUTE FUNCTION refuse_change('a closed period is locked: its snapshot is never updated or deleted; restate it as a new version with a reason');
CREATE TRIGGER snapshot_line_never_changed BEFORE UPDATE OR DELETE ON snapshot_line FOR EACH ROW
    EXECUTE FUNCTION refuse_change('a closed period is locked: its lines are never updated or deleted; restate it as a new version with a reason');
CREATE TRIGGER snapshot_adjustment_never_changed BEFORE UPDATE OR DELETE ON snapshot_adjustment FOR EACH ROW
    EXECUTE FUNCTION refuse_change('a closed period is locked: its adjustments are never updated or deleted; restate it as a new version with a reason');
CREATE TRIGGER ledger_batch_never_changed BEFORE UPDATE OR DELETE ON ledger_batch FOR EACH ROW
    EXECUTE FUNCTION refuse_change('an imported ledger batch is never changed or deleted');
CREATE TRIGGER actual_never_changed BEFORE UPDATE OR DELETE ON actual FOR EACH ROW
    EXECUTE FUNCTION refuse_change('imported actuals are never changed or deleted');
CREATE TRIGGER carry_forward_never_changed BEFORE UPDATE OR DELETE ON carry_forward FOR EACH ROW
    EXECUTE FUNCTION refuse_change('a carry-forward is never changed or deleted');
CREATE TRIGGER reserve_movement_never_changed BEFORE UPDATE OR DELETE ON reserve_movement FOR EACH ROW
    EXECUTE FUNCTION refuse_change('a reserve movement is never changed or deleted');
CREATE TRIGGER locked_tables_never_truncated BEFORE TRUNCATE ON snapshot FOR EACH STATEMENT
    EXECUTE FUNCTION refuse_change('a closed period is locked: snapshots are never truncated');
CREATE TRIGGER locked_lines_never_truncated BEFORE TRUNCATE ON snapshot_line FOR EACH STATEMENT
    EXECUTE FUNCTION refuse_change('a closed period is locked: snapshot lines are never truncated');
CREATE TRIGGER locked_actuals_never_truncated BEFORE TRUNCATE ON actual FOR EACH STATEMENT
    EXECUTE FUNCTION refuse_change('imported actuals are never truncated');

CREATE FUNCTION refuse_after_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM snapshot s WHERE s.year_start = NEW.year_start AND s.period = NEW.period
               AND s.scope = NEW.scope AND s.version = NEW.version) THEN
        RAISE EXCEPTION 'a closed period is locked: nothing is added to a stored snapshot version';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER snapshot_line_after_lock BEFORE INSERT ON snapshot_line FOR EACH ROW EXECUTE FUNCTION refuse_after_lock();
CREATE TRIGGER snapshot_adjustment_after_lock BEFORE INSERT ON snapshot_adjustment FOR EACH ROW EXECUTE FUNCTION refuse_after_lock();

CREATE FUNCTION snapshot_complete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM snapshot_line l WHERE l.year_start = NEW.year_start AND l.period = NEW.period
        AND l.scope = NEW.scope AND l.version = NEW.version) <> NEW.line_count
       OR (SELECT count(*) FROM snapshot_adjustment a WHERE a.year_start = NEW.year_start AND a.period = NEW.period
        AND a.scope = NEW.scope AND a.version = NEW.version) <> NEW.adjustment_count THEN
        RAISE EXCEPTION 'a snapshot is stored with all its lines and adjustments, or not at all';
    END IF;
    IF EXISTS (SELECT 1 FROM store_year y WHERE y.year_start = NEW.year_start AND y.closed = 1) THEN
        RAISE EXCEPTION 'the year is closed: no period of it is closed or restated';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER snapshot_complete BEFORE INSERT ON snapshot FOR EACH ROW EXECUTE FUNCTION snapshot_complete();

CREATE FUNCTION actual_in_locked_period() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM snapshot s WHERE s.year_start = NEW.year_start AND s.period = NEW.period) THEN
        RAISE EXCEPTION 'a closed period is locked: no actuals are imported into it';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER actual_in_locked_period BEFORE INSERT ON actual FOR EACH ROW EXECUTE FUNCTION actual_in_locked_period();

CREATE FUNCTION year_never_reopened() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.closed = 1 THEN
        RAISE EXCEPTION 'the year is closed: it is never changed again';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER year_never_reopened BEFORE UPDATE ON store_year FOR EACH ROW EXECUTE FUNCTION year_never_reopened();
