#include "Migrations.h"

namespace bd {

namespace {

// Schema v1. Portable between SQLite and PostgreSQL: dates and times are ISO 8601 TEXT (UTC
// for instants, local HH:MM for turnout hours), booleans are INTEGER 0/1, counts are BIGINT.
// Tables that a national election fills with millions of rows carry the indexes their
// aggregate and keyset-paging queries need.
QStringList schemaV1()
{
    return {
        QStringLiteral(R"(CREATE TABLE election (
    id @PK@,
    code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL CHECK (length(kind) > 0),
    election_date TEXT NOT NULL CHECK (length(election_date) = 10),
    status TEXT NOT NULL DEFAULT 'preparation'
        CHECK (status IN ('preparation', 'voting', 'counting', 'preliminary', 'final')),
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    against_all INTEGER NOT NULL DEFAULT 0 CHECK (against_all IN (0, 1)),
    synthetic INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    min_candidate_age INTEGER NOT NULL DEFAULT 25 CHECK (min_candidate_age >= 0),
    lock_after_minutes INTEGER NOT NULL DEFAULT 15 CHECK (lock_after_minutes > 0),
    invalid_warn_percent DOUBLE PRECISION NOT NULL DEFAULT 3 CHECK (invalid_warn_percent >= 0),
    missing_ballots_warn_count BIGINT NOT NULL DEFAULT 15 CHECK (missing_ballots_warn_count >= 0),
    missing_ballots_warn_percent DOUBLE PRECISION NOT NULL DEFAULT 2
        CHECK (missing_ballots_warn_percent >= 0),
    turnout_high_warn_percent DOUBLE PRECISION NOT NULL DEFAULT 98,
    turnout_low_warn_percent DOUBLE PRECISION NOT NULL DEFAULT 10,
    voters_diff_warn_percent DOUBLE PRECISION NOT NULL DEFAULT 5,
    hourly_diff_warn_percent DOUBLE PRECISION NOT NULL DEFAULT 2,
    created_at TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE turnout_hour (
    election_id BIGINT NOT NULL REFERENCES election(id) ON DELETE CASCADE,
    report_time TEXT NOT NULL CHECK (length(report_time) = 5),
    PRIMARY KEY (election_id, report_time)
))"),
        QStringLiteral(R"(CREATE TABLE app_user (
    id @PK@,
    login TEXT NOT NULL UNIQUE CHECK (length(login) > 0),
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('administrator', 'coordinator', 'operator', 'analyst')),
    password_hash TEXT,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    last_failed_at TEXT,
    password_changed_at TEXT,
    created_at TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE territory (
    id @PK@,
    election_id BIGINT NOT NULL REFERENCES election(id),
    parent_id BIGINT REFERENCES territory(id),
    code TEXT NOT NULL CHECK (length(code) > 0),
    level TEXT NOT NULL CHECK (level IN ('region', 'district', 'okrug')),
    depth INTEGER NOT NULL CHECK (depth >= 0),
    name_kk TEXT,
    name_ru TEXT,
    name_en TEXT,
    kato TEXT,
    CHECK (COALESCE(name_kk, name_ru, name_en) IS NOT NULL),
    CHECK ((parent_id IS NULL) = (depth = 0)),
    UNIQUE (election_id, code)
))"),
        QStringLiteral("CREATE INDEX territory_parent ON territory (parent_id)"),
        QStringLiteral("CREATE INDEX territory_depth ON territory (election_id, depth)"),
        QStringLiteral("CREATE INDEX territory_kato ON territory (election_id, kato)"),
        // Every (ancestor, descendant) pair, self included at distance 0, so that totals per
        // region or district are one join at any depth of the tree.
        QStringLiteral(R"(CREATE TABLE territory_closure (
    ancestor_id BIGINT NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
    descendant_id BIGINT NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
    distance INTEGER NOT NULL CHECK (distance >= 0),
    PRIMARY KEY (ancestor_id, descendant_id)
))"),
        QStringLiteral(
            "CREATE INDEX territory_closure_descendant ON territory_closure (descendant_id)"),
        QStringLiteral(R"(CREATE TABLE party (
    id @PK@,
    election_id BIGINT NOT NULL REFERENCES election(id),
    code TEXT NOT NULL CHECK (length(code) > 0),
    name_kk TEXT,
    name_ru TEXT,
    name_en TEXT,
    short_name TEXT,
    color TEXT CHECK (color IS NULL OR (length(color) = 7 AND substr(color, 1, 1) = '#')),
    CHECK (COALESCE(name_kk, name_ru, name_en) IS NOT NULL),
    UNIQUE (election_id, code)
))"),
        QStringLiteral(R"(CREATE TABLE contest (
    id @PK@,
    election_id BIGINT NOT NULL REFERENCES election(id),
    code TEXT NOT NULL CHECK (length(code) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    territory_id BIGINT NOT NULL REFERENCES territory(id),
    seats INTEGER NOT NULL DEFAULT 1 CHECK (seats >= 1),
    UNIQUE (election_id, code)
))"),
        QStringLiteral("CREATE INDEX contest_territory ON contest (territory_id)"),
        QStringLiteral(R"(CREATE TABLE polling_station (
    id @PK@,
    election_id BIGINT NOT NULL REFERENCES election(id),
    code TEXT NOT NULL CHECK (length(code) > 0),
    number TEXT NOT NULL CHECK (length(number) > 0),
    name TEXT,
    address TEXT,
    territory_id BIGINT NOT NULL REFERENCES territory(id),
    contest_id BIGINT NOT NULL REFERENCES contest(id),
    registered_voters BIGINT NOT NULL
        CHECK (registered_voters >= 0 AND registered_voters <= 999999999),
    latitude DOUBLE PRECISION CHECK (latitude IS NULL OR (latitude >= -90 AND latitude <= 90)),
    longitude DOUBLE PRECISION
        CHECK (longitude IS NULL OR (longitude >= -180 AND longitude <= 180)),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    UNIQUE (election_id, code)
))"),
        QStringLiteral(
            "CREATE INDEX polling_station_number ON polling_station (election_id, number)"),
        QStringLiteral("CREATE INDEX polling_station_territory ON polling_station (territory_id)"),
        QStringLiteral("CREATE INDEX polling_station_contest ON polling_station (contest_id)"),
        QStringLiteral(R"(CREATE TABLE candidate (
    id @PK@,
    election_id BIGINT NOT NULL REFERENCES election(id),
    code TEXT NOT NULL CHECK (length(code) > 0),
    contest_id BIGINT NOT NULL REFERENCES contest(id),
    full_name TEXT NOT NULL CHECK (length(full_name) > 0),
    gender TEXT CHECK (gender IS NULL OR gender IN ('female', 'male')),
    birth_date TEXT NOT NULL CHECK (length(birth_date) = 10),
    party_id BIGINT REFERENCES party(id),
    status TEXT NOT NULL DEFAULT 'nominated'
        CHECK (status IN ('nominated', 'registered', 'refused', 'withdrawn', 'deregistered')),
    status_reason TEXT,
    status_date TEXT,
    ballot_order INTEGER CHECK (ballot_order IS NULL OR ballot_order >= 1),
    CHECK (status IN ('nominated', 'registered')
           OR (status_reason IS NOT NULL AND length(status_reason) > 0)),
    UNIQUE (election_id, code)
))"),
        QStringLiteral("CREATE INDEX candidate_contest ON candidate (contest_id, ballot_order)"),
        QStringLiteral("CREATE INDEX candidate_party ON candidate (party_id)"),
        QStringLiteral("CREATE INDEX candidate_status ON candidate (election_id, status)"),
        // A party nominates at most one standing candidate per contest; a refused or withdrawn
        // nominee may be replaced.
        QStringLiteral("CREATE UNIQUE INDEX candidate_one_per_party ON candidate "
                       "(contest_id, party_id) WHERE party_id IS NOT NULL "
                       "AND status IN ('nominated', 'registered')"),
        QStringLiteral(R"(CREATE TABLE candidate_status_change (
    id @PK@,
    candidate_id BIGINT NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
    status TEXT NOT NULL
        CHECK (status IN ('nominated', 'registered', 'refused', 'withdrawn', 'deregistered')),
    status_date TEXT,
    reason TEXT,
    changed_at TEXT NOT NULL,
    changed_by BIGINT REFERENCES app_user(id)
))"),
        QStringLiteral("CREATE INDEX candidate_status_change_candidate "
                       "ON candidate_status_change (candidate_id)"),
        QStringLiteral(R"(CREATE TABLE observer (
    id @PK@,
    election_id BIGINT NOT NULL REFERENCES election(id),
    code TEXT NOT NULL CHECK (length(code) > 0),
    full_name TEXT NOT NULL CHECK (length(full_name) > 0),
    organization TEXT NOT NULL CHECK (length(organization) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('party', 'ngo', 'media', 'international')),
    polling_station_id BIGINT REFERENCES polling_station(id),
    UNIQUE (election_id, code)
))"),
        QStringLiteral("CREATE INDEX observer_station ON observer (polling_station_id)"),
        QStringLiteral(R"(CREATE TABLE incident (
    id @PK@,
    election_id BIGINT NOT NULL REFERENCES election(id),
    polling_station_id BIGINT REFERENCES polling_station(id),
    observer_id BIGINT REFERENCES observer(id),
    reported_at TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('minor', 'serious')),
    description TEXT NOT NULL CHECK (length(description) > 0),
    resolution TEXT
))"),
        QStringLiteral("CREATE INDEX incident_station ON incident (polling_station_id)"),
        QStringLiteral(R"(CREATE TABLE turnout_report (
    id @PK@,
    polling_station_id BIGINT NOT NULL REFERENCES polling_station(id) ON DELETE CASCADE,
    report_time TEXT NOT NULL CHECK (length(report_time) = 5),
    voters_received_ballots BIGINT NOT NULL
        CHECK (voters_received_ballots >= 0 AND voters_received_ballots <= 999999999),
    entered_by BIGINT REFERENCES app_user(id),
    entered_at TEXT NOT NULL,
    UNIQUE (polling_station_id, report_time)
))"),
        QStringLiteral("CREATE INDEX turnout_report_time ON turnout_report (report_time)"),
        // The official figures of a station's protocol: filled from the accepted entry and
        // changed afterwards only by a recorded correction. content_hash seals them.
        QStringLiteral(R"(CREATE TABLE protocol (
    id @PK@,
    polling_station_id BIGINT NOT NULL REFERENCES polling_station(id),
    contest_id BIGINT NOT NULL REFERENCES contest(id),
    state TEXT NOT NULL DEFAULT 'open'
        CHECK (state IN ('open', 'first_entered', 'needs_resolution', 'accepted')),
    row_version INTEGER NOT NULL DEFAULT 1,
    voters_on_list BIGINT,
    ballots_received BIGINT,
    ballots_issued_station BIGINT,
    ballots_issued_outside BIGINT,
    ballots_cancelled BIGINT,
    ballots_in_station_boxes BIGINT,
    ballots_in_mobile_boxes BIGINT,
    invalid_ballots BIGINT,
    against_all BIGINT,
    accepted_at TEXT,
    accepted_by BIGINT REFERENCES app_user(id),
    content_hash TEXT,
    CHECK (state <> 'accepted' OR (voters_on_list IS NOT NULL AND ballots_received IS NOT NULL
           AND ballots_issued_station IS NOT NULL AND ballots_issued_outside IS NOT NULL
           AND ballots_cancelled IS NOT NULL AND ballots_in_station_boxes IS NOT NULL
           AND ballots_in_mobile_boxes IS NOT NULL AND invalid_ballots IS NOT NULL
           AND content_hash IS NOT NULL)),
    UNIQUE (polling_station_id, contest_id)
))"),
        QStringLiteral("CREATE INDEX protocol_contest ON protocol (contest_id, state)"),
        QStringLiteral("CREATE INDEX protocol_state ON protocol (state)"),
        QStringLiteral(R"(CREATE TABLE protocol_vote (
    protocol_id BIGINT NOT NULL REFERENCES protocol(id) ON DELETE CASCADE,
    candidate_id BIGINT NOT NULL REFERENCES candidate(id),
    votes BIGINT NOT NULL CHECK (votes >= 0 AND votes <= 999999999),
    PRIMARY KEY (protocol_id, candidate_id)
))"),
        QStringLiteral("CREATE INDEX protocol_vote_candidate ON protocol_vote (candidate_id)"),
        // What each operator typed, kept for double entry, resolution and audit.
        QStringLiteral(R"(CREATE TABLE protocol_entry (
    id @PK@,
    protocol_id BIGINT NOT NULL REFERENCES protocol(id) ON DELETE CASCADE,
    entry_number INTEGER NOT NULL CHECK (entry_number IN (1, 2)),
    entered_by BIGINT NOT NULL REFERENCES app_user(id),
    state TEXT NOT NULL CHECK (state IN ('draft', 'finished', 'returned', 'discarded')),
    voters_on_list BIGINT,
    ballots_received BIGINT,
    ballots_issued_station BIGINT,
    ballots_issued_outside BIGINT,
    ballots_cancelled BIGINT,
    ballots_in_station_boxes BIGINT,
    ballots_in_mobile_boxes BIGINT,
    invalid_ballots BIGINT,
    against_all BIGINT,
    remark TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT
))"),
        QStringLiteral("CREATE UNIQUE INDEX protocol_entry_live ON protocol_entry "
                       "(protocol_id, entry_number) WHERE state <> 'discarded'"),
        QStringLiteral("CREATE INDEX protocol_entry_user ON protocol_entry (entered_by, state)"),
        QStringLiteral(R"(CREATE TABLE protocol_entry_vote (
    entry_id BIGINT NOT NULL REFERENCES protocol_entry(id) ON DELETE CASCADE,
    candidate_id BIGINT NOT NULL REFERENCES candidate(id),
    votes BIGINT,
    PRIMARY KEY (entry_id, candidate_id)
))"),
        QStringLiteral(R"(CREATE TABLE protocol_entry_acknowledgement (
    entry_id BIGINT NOT NULL REFERENCES protocol_entry(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    acknowledged_by BIGINT NOT NULL REFERENCES app_user(id),
    acknowledged_at TEXT NOT NULL,
    PRIMARY KEY (entry_id, code)
))"),
        QStringLiteral(R"(CREATE TABLE protocol_correction (
    id @PK@,
    protocol_id BIGINT NOT NULL REFERENCES protocol(id),
    corrected_by BIGINT NOT NULL REFERENCES app_user(id),
    corrected_at TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    old_values TEXT NOT NULL,
    new_values TEXT NOT NULL
))"),
        QStringLiteral("CREATE INDEX protocol_correction_protocol "
                       "ON protocol_correction (protocol_id)"),
        // Append-only, hash-chained: record_hash = SHA-256(prev_hash + canonical content).
        QStringLiteral(R"(CREATE TABLE audit_log (
    id @PK@,
    election_id BIGINT REFERENCES election(id),
    occurred_at TEXT NOT NULL,
    user_id BIGINT REFERENCES app_user(id),
    user_login TEXT,
    user_role TEXT,
    action TEXT NOT NULL CHECK (length(action) > 0),
    object_type TEXT NOT NULL CHECK (length(object_type) > 0),
    object_id TEXT,
    old_values TEXT,
    new_values TEXT,
    prev_hash TEXT NOT NULL,
    record_hash TEXT NOT NULL UNIQUE
))"),
        QStringLiteral("CREATE INDEX audit_log_object ON audit_log (object_type, object_id)"),
        QStringLiteral("CREATE INDEX audit_log_time ON audit_log (occurred_at)"),
        QStringLiteral("CREATE INDEX audit_log_user ON audit_log (user_id)"),
    };
}

// Schema v2: indexes measured with bench/bench_scale on a generated election of 1,000,000
// stations (see bench/README.md). Covering indexes let the national summary, the contest tally
// and the registers' per-row totals read indexes instead of table rows. Each v1 index dropped
// here is a prefix of its replacement, which serves its lookups and foreign keys as well.
QStringList schemaV2()
{
    return {
        // Stations and voters per territory (summary by region, regions register).
        QStringLiteral("CREATE INDEX polling_station_territory_voters ON polling_station "
                       "(territory_id, election_id, registered_voters)"),
        QStringLiteral("DROP INDEX polling_station_territory"),
        // Accepted protocols with the figures the summary and the tally add up.
        QStringLiteral("CREATE INDEX protocol_state_figures ON protocol (state, "
                       "polling_station_id, contest_id, voters_on_list, ballots_issued_station, "
                       "ballots_issued_outside, against_all)"),
        QStringLiteral("DROP INDEX protocol_state"),
        // A candidate's votes summed from the index alone.
        QStringLiteral("CREATE INDEX protocol_vote_candidate_votes ON protocol_vote "
                       "(candidate_id, votes)"),
        QStringLiteral("DROP INDEX protocol_vote_candidate"),
        // Registered candidates per contest and per party without reading candidate rows.
        QStringLiteral("CREATE INDEX candidate_status_contest ON candidate "
                       "(election_id, status, contest_id)"),
        QStringLiteral("DROP INDEX candidate_status"),
        QStringLiteral("CREATE INDEX candidate_party_status ON candidate (party_id, status)"),
        QStringLiteral("DROP INDEX candidate_party"),
        // A territory's ancestors (its region, its district) without reading closure rows.
        QStringLiteral("CREATE INDEX territory_closure_descendant_ancestor ON territory_closure "
                       "(descendant_id, ancestor_id)"),
        QStringLiteral("DROP INDEX territory_closure_descendant"),
    };
}

// Schema v3: registered candidates per contest from the index alone, for the per-row totals
// of the regions and contests registers (that subquery over 1,000,000 stations: 0.42 s →
// 0.17 s; the regions page 0.56 s → 0.50 s, see bench/README.md).
QStringList schemaV3()
{
    return {
        QStringLiteral("CREATE INDEX candidate_contest_status ON candidate (contest_id, status)"),
    };
}

// Schema v4: boundaries imported from GeoJSON (File › Import Boundaries…), one Feature per
// territory; the map prefers them to the bundled 2021 boundaries.
QStringList schemaV4()
{
    return {
        QStringLiteral(R"(CREATE TABLE territory_boundary (
    territory_id BIGINT PRIMARY KEY REFERENCES territory(id) ON DELETE CASCADE,
    geojson TEXT NOT NULL CHECK (length(geojson) > 0),
    source TEXT
))"),
    };
}

// Schema v5: double entry on election night (issue 5). protocol.state keeps the values of v1
// (its CHECK cannot change portably); resolution_reason tells why a protocol needs a
// coordinator, state_changed_at orders the coordinator's queue. An entry's invalid_text keeps
// what an operator typed that is not a count, so that a draft comes back as typed, and
// referred_with_errors marks an entry handed to a coordinator with errors. The indexes serve
// the progress counts per territory (station → protocol state from indexes alone) and the
// resolution queue; the type-ahead uses the v1 indexes on (election_id, number) and
// (election_id, code).
QStringList schemaV5()
{
    return {
        QStringLiteral("ALTER TABLE protocol ADD COLUMN resolution_reason TEXT "
                       "CHECK (resolution_reason IS NULL "
                       "OR resolution_reason IN ('differing', 'erroneous'))"),
        QStringLiteral("ALTER TABLE protocol ADD COLUMN state_changed_at TEXT"),
        QStringLiteral("ALTER TABLE protocol_entry ADD COLUMN invalid_text TEXT"),
        QStringLiteral("ALTER TABLE protocol_entry ADD COLUMN referred_with_errors INTEGER "
                       "NOT NULL DEFAULT 0 CHECK (referred_with_errors IN (0, 1))"),
        QStringLiteral("CREATE INDEX protocol_station_state ON protocol "
                       "(polling_station_id, state)"),
        // Partial, so that it serves only the few protocols waiting for a coordinator and is
        // never chosen for the million accepted ones.
        QStringLiteral("CREATE INDEX protocol_queue ON protocol (state_changed_at, id) "
                       "WHERE state = 'needs_resolution'"),
        QStringLiteral("CREATE INDEX protocol_entry_protocol ON protocol_entry "
                       "(protocol_id, state)"),
    };
}

// Schema v6: hourly turnout per hour and region (TurnoutService::national/regions) reads each
// station's reports from this index alone instead of the table. Measured on a generated
// election of 1,000,000 stations and 4,000,000 reports: the national figures 3.4 s → 2.1 s CPU,
// per region 5.6 s → 4.7 s; building it on open takes about 5 s.
QStringList schemaV6()
{
    return {
        QStringLiteral("CREATE INDEX turnout_report_station_figures ON turnout_report "
                       "(polling_station_id, report_time, voters_received_ballots)"),
    };
}

// Schema v7: every polling station has its protocol. Stations added in the registers (forms,
// CSV import) before this version got none, so their protocols could not be entered and the
// progress did not count them; RegisterTable::openProtocols now opens one with each station,
// and this opens the missing ones of older files.
QStringList schemaV7()
{
    return {
        QStringLiteral("INSERT INTO protocol (polling_station_id, contest_id) "
                       "SELECT s.id, s.contest_id FROM polling_station s "
                       "WHERE NOT EXISTS (SELECT 1 FROM protocol p "
                       "WHERE p.polling_station_id = s.id AND p.contest_id = s.contest_id) "
                       "ORDER BY s.id"),
    };
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations = {
        {1, QStringLiteral("Election, registers, protocols, turnout, users and audit log"),
         schemaV1()},
        {2, QStringLiteral("Covering indexes for national totals and contest tallies"), schemaV2()},
        {3, QStringLiteral("Index of registered candidates per contest"), schemaV3()},
        {4, QStringLiteral("Boundaries imported from GeoJSON"), schemaV4()},
        {5, QStringLiteral("Double entry: resolution reason, referred entries, progress indexes"),
         schemaV5()},
        {6, QStringLiteral("Covering index of hourly turnout reports per station"), schemaV6()},
        {7, QStringLiteral("Open the missing protocols of stations added in the registers"),
         schemaV7()},
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

} // namespace bd
