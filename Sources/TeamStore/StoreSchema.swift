import Foundation

/// The team store's tables, as numbered migrations applied in order by `rapport db init`, and
/// the roles a database administrator creates. Calls belong to the database role that uploaded
/// them (`owner`): row-level security lets a rep's role read and write only its own calls,
/// events and comments, and a coach's role read every call and write comments of its own.
public enum StoreSchema {
    /// The schema version this program reads and writes.
    public static var current: Int { migrations.count }

    /// An arbitrary, fixed key for the advisory lock that serialises concurrent `db init` runs.
    static let lockKey = 7_274_101

    /// Migration N is `migrations[N - 1]`. Never edit one that has shipped: add the next.
    static let migrations: [String] = [
        """
        DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rapport_rep') THEN CREATE ROLE rapport_rep NOLOGIN; END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rapport_coach') THEN CREATE ROLE rapport_coach NOLOGIN; END IF;
        END $$;

        CREATE TABLE rapport_calls (
          id text PRIMARY KEY,
          owner name NOT NULL DEFAULT current_user,
          rep text,
          account text,
          mode text NOT NULL,
          playbook text NOT NULL,
          started timestamptz,
          session_day date,
          header jsonb NOT NULL,
          synced_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX rapport_calls_owner ON rapport_calls (owner);
        CREATE INDEX rapport_calls_day ON rapport_calls (session_day);

        CREATE TABLE rapport_events (
          call_id text NOT NULL REFERENCES rapport_calls (id) ON DELETE CASCADE,
          seq integer NOT NULL,
          type text NOT NULL,
          at timestamptz,
          body jsonb NOT NULL,
          PRIMARY KEY (call_id, seq)
        );

        CREATE TABLE rapport_comments (
          id bigserial PRIMARY KEY,
          call_id text NOT NULL REFERENCES rapport_calls (id) ON DELETE CASCADE,
          turn integer NOT NULL,
          at timestamptz NOT NULL,
          coach text,
          text text NOT NULL,
          false_alarm text,
          author name NOT NULL DEFAULT current_user,
          source text NOT NULL DEFAULT 'store' CHECK (source IN ('file', 'store'))
        );
        CREATE INDEX rapport_comments_call ON rapport_comments (call_id);

        GRANT SELECT ON rapport_schema TO rapport_rep, rapport_coach;
        GRANT SELECT, INSERT ON rapport_calls, rapport_events TO rapport_rep;
        GRANT SELECT ON rapport_calls, rapport_events TO rapport_coach;
        GRANT SELECT, INSERT, DELETE ON rapport_comments TO rapport_rep, rapport_coach;
        GRANT USAGE ON SEQUENCE rapport_comments_id_seq TO rapport_rep, rapport_coach;

        ALTER TABLE rapport_calls ENABLE ROW LEVEL SECURITY;
        ALTER TABLE rapport_events ENABLE ROW LEVEL SECURITY;
        ALTER TABLE rapport_comments ENABLE ROW LEVEL SECURITY;

        CREATE POLICY rep_own_calls ON rapport_calls TO rapport_rep
          USING (owner = current_user) WITH CHECK (owner = current_user);
        CREATE POLICY coach_reads_calls ON rapport_calls FOR SELECT TO rapport_coach USING (true);

        CREATE POLICY rep_own_events ON rapport_events TO rapport_rep
          USING (EXISTS (SELECT 1 FROM rapport_calls c WHERE c.id = call_id AND c.owner = current_user))
          WITH CHECK (EXISTS (SELECT 1 FROM rapport_calls c WHERE c.id = call_id AND c.owner = current_user));
        CREATE POLICY coach_reads_events ON rapport_events FOR SELECT TO rapport_coach USING (true);

        CREATE POLICY rep_reads_comments ON rapport_comments FOR SELECT TO rapport_rep
          USING (EXISTS (SELECT 1 FROM rapport_calls c WHERE c.id = call_id AND c.owner = current_user));
        CREATE POLICY rep_writes_comments ON rapport_comments FOR INSERT TO rapport_rep
          WITH CHECK (author = current_user AND EXISTS (SELECT 1 FROM rapport_calls c WHERE c.id = call_id AND c.owner = current_user));
        CREATE POLICY rep_deletes_own_comments ON rapport_comments FOR DELETE TO rapport_rep
          USING (author = current_user AND EXISTS (SELECT 1 FROM rapport_calls c WHERE c.id = call_id AND c.owner = current_user));
        CREATE POLICY coach_reads_comments ON rapport_comments FOR SELECT TO rapport_coach USING (true);
        CREATE POLICY coach_writes_comments ON rapport_comments FOR INSERT TO rapport_coach WITH CHECK (author = current_user);
        CREATE POLICY coach_deletes_own_comments ON rapport_comments FOR DELETE TO rapport_coach USING (author = current_user);
        """,
        // 2: each call's figures, as `report` reads the call (`CallFigures`), kept up to date by
        // `sync` (and by a false alarm marked in the store) so `report --database` adds them up in SQL.
        """
        CREATE TABLE rapport_call_figures (
          call_id text PRIMARY KEY REFERENCES rapport_calls (id) ON DELETE CASCADE,
          seq integer NOT NULL,
          alarms text NOT NULL,
          file text NOT NULL,
          started text NOT NULL,
          mode text NOT NULL,
          rep text,
          account text,
          since_day date,
          week text NOT NULL,
          day text NOT NULL,
          empty boolean NOT NULL,
          damaged integer NOT NULL,
          outcome text,
          reached text,
          next_step boolean NOT NULL,
          score integer,
          seconds double precision,
          reading text,
          qualification double precision,
          raised integer NOT NULL,
          resolved integer NOT NULL,
          closes_used integer NOT NULL,
          call_won integer NOT NULL,
          call_lost integer NOT NULL,
          won integer NOT NULL,
          lost integer NOT NULL,
          next_steps integer NOT NULL,
          last_stage text,
          stopped text,
          stage_seconds jsonb NOT NULL,
          unknown_at_end jsonb NOT NULL,
          objections jsonb NOT NULL,
          closes jsonb NOT NULL,
          lost_reasons jsonb NOT NULL,
          deal_key text,
          deal_first_day text,
          deal_won boolean,
          deal_outcome_day text,
          deal_furthest_index integer,
          deal_furthest_stage text,
          stages jsonb NOT NULL,
          practice_score double precision,
          missed_facts jsonb NOT NULL,
          rubric_items jsonb NOT NULL
        );
        CREATE INDEX rapport_call_figures_day ON rapport_call_figures (since_day);

        GRANT SELECT, INSERT, UPDATE ON rapport_call_figures TO rapport_rep, rapport_coach;
        ALTER TABLE rapport_call_figures ENABLE ROW LEVEL SECURITY;
        CREATE POLICY rep_own_figures ON rapport_call_figures TO rapport_rep
          USING (EXISTS (SELECT 1 FROM rapport_calls c WHERE c.id = call_id AND c.owner = current_user))
          WITH CHECK (EXISTS (SELECT 1 FROM rapport_calls c WHERE c.id = call_id AND c.owner = current_user));
        CREATE POLICY coach_reads_figures ON rapport_call_figures FOR SELECT TO rapport_coach USING (true);
        CREATE POLICY coach_refigures ON rapport_call_figures FOR UPDATE TO rapport_coach USING (true) WITH CHECK (true);
        CREATE POLICY coach_figures_upsert ON rapport_call_figures FOR INSERT TO rapport_coach
          WITH CHECK (EXISTS (SELECT 1 FROM rapport_calls c WHERE c.id = call_id));
        """,
    ]

    /// A migration's statements, one at a time (the extended protocol runs one per query): cut
    /// at semicolons outside quotes and `$$` bodies.
    static func statements(_ sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inDollar = false
        var inQuote = false
        var previous: Character = " "
        for character in sql {
            if character == "$" && previous == "$" && !inQuote { inDollar.toggle() }
            if character == "'" && !inDollar { inQuote.toggle() }
            if character == ";" && !inDollar && !inQuote {
                let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !statement.isEmpty { statements.append(statement) }
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { statements.append(rest) }
        return statements
    }

    /// What a database administrator runs once (as a superuser or a role with CREATEROLE) to
    /// give each person a login: reps in `rapport_rep`, coaches in `rapport_coach`.
    public static let rolesSQL = """
        -- Rapport team store: roles. Run once as a database administrator, e.g.
        --   psql "postgres://admin@db.example.com/rapport" -f roles.sql
        -- `rapport db init` creates the two group roles too if it may; creating them here first
        -- lets a less privileged owner run it.
        CREATE ROLE rapport_rep NOLOGIN;
        CREATE ROLE rapport_coach NOLOGIN;

        -- The role that owns the tables and runs `rapport db init` (and later upgrades).
        CREATE ROLE rapport_owner LOGIN PASSWORD 'change me';
        GRANT CREATE ON DATABASE rapport TO rapport_owner;
        GRANT rapport_rep, rapport_coach TO rapport_owner WITH ADMIN OPTION;

        -- One login per rep: each reads and uploads only their own calls.
        CREATE ROLE alice LOGIN PASSWORD 'change me' IN ROLE rapport_rep;
        CREATE ROLE bob LOGIN PASSWORD 'change me' IN ROLE rapport_rep;

        -- One login per coach: reads every call, writes comments.
        CREATE ROLE carol LOGIN PASSWORD 'change me' IN ROLE rapport_coach;
        """
}
