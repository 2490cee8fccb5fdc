package com.programaudit.engine;

import com.programaudit.model.DataIssue;
import com.programaudit.model.Finding;
import com.programaudit.model.PolicyOverride;
import com.programaudit.model.Location;
import com.programaudit.model.ProgramFacts;
import com.programaudit.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Runs the rules over one program: a KieSession of the shared KieBase, reset since its last program, all facts inserted,
 * disabled rules filtered out, drafts read back as findings (one per rule and scope instance).
 */
public final class Auditor {
    private static final int MAX_FIRINGS = 200_000;
    private final RuleBook rules;
    private final HardSetsQuery hardSets;
    /** Sessions are reset and reused: making one anew per program cost more than a program's inserts. */
    private final KieSessionsPool sessions;

    public Auditor(RuleBook rules) {
        this.rules = rules;
        this.hardSets = HardSetsQuery.of(rules.kieBase());
        this.sessions = rules.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    public RuleBook rules() { return rules; }

    /** Audits with the rules folder's policy, as overridden by the program's own settings. */
    public Audit audit(ProgramFacts facts) {
        return audit(facts, Map.of());
    }

    /**
     * Audits with the rules folder's policy changed by {@code policy} (a rule test case's thresholds), then
     * by the program's own settings.
     */
    public Audit audit(ProgramFacts facts, Map<String, String> policy) {
        Policy base = policy.isEmpty() ? rules.policy() : rules.policy().with(policy);
        PolicyOverrides.Result own = PolicyOverrides.apply(base, rules.ruleIds(), facts.settings());
        return audit(facts, own.policy(), own.applied(), own.problems());
    }

    private Audit audit(ProgramFacts facts, Policy policy, List<PolicyOverride> overrides,
                        List<DataIssue> settingProblems) {
        // dispose() below hands the session back to the pool, which resets it
        KieSession session = sessions.newKieSession();
        try {
            session.setGlobal("policy", policy);
            session.insert(facts.program());
            facts.program().getBlocks().forEach(session::insert);
            facts.weeks().forEach(session::insert);
            facts.sessions().forEach(session::insert);
            facts.entries().forEach(session::insert);
            facts.sets().forEach(session::insert);
            facts.dataIssues().forEach(session::insert);
            settingProblems.forEach(session::insert);
            overrides.forEach(session::insert);
            session.fireAllRules(match -> {
                RuleInfo info = rules.info(match.getRule());
                return info == null || policy.enabled(info.id());
            }, MAX_FIRINGS);
            List<Draft> drafts = new ArrayList<>();
            // by class: the session walks its store of drafts only, not every fact inserted
            for (Object fact : session.getObjects(new ClassObjectFilter(Draft.class))) drafts.add((Draft) fact);
            return new Audit(toFindings(drafts, policy), policy, hardSets.read(session));
        } finally {
            session.dispose();
        }
    }

    /**
     * A draft with what findings are ordered by, read once rather than at every comparison: by week, then
     * day (a week's own findings, weekly volume, after its sessions, whose problems come first), the rule's
     * order, then, as firing order is not fixed, by rule and place, so reports are stable. The session hands
     * its objects back in identity-hash order, which changes from run to run: drafts still tied (one
     * program-scope rule matching several weeks, two data issues of one cell) are ordered by what they say,
     * so the one kept is the same every run.
     */
    private record Ordered(Draft draft, int week, int day, int order, String rule, String block, String muscle,
                           String cell) implements Comparable<Ordered> {
        static Ordered of(Draft d) {
            Location at = d.location();
            int day = at.getWeek() == null || at.getDay() != null ? (at.getDay() == null ? 0 : at.getDay()) : Integer.MAX_VALUE;
            return new Ordered(d, at.getWeek() == null ? 0 : at.getWeek(), day, d.order(),
                    String.valueOf(d.rule().getMetaData().get("id")), String.valueOf(at.getBlock()),
                    String.valueOf(at.getMuscle()), String.valueOf(at.getCell()));
        }

        @Override
        public int compareTo(Ordered other) {
            int c = Integer.compare(week, other.week);
            if (c == 0) c = Integer.compare(day, other.day);
            if (c == 0) c = Integer.compare(order, other.order);
            if (c == 0) c = rule.compareTo(other.rule);
            if (c == 0) c = block.compareTo(other.block);
            if (c == 0) c = muscle.compareTo(other.muscle);
            if (c == 0) c = cell.compareTo(other.cell);
            if (c == 0) c = draft.message().compareTo(other.draft.message());
            if (c == 0) c = draft.fixValue().getDescription().compareTo(other.draft.fixValue().getDescription());
            if (c == 0) c = draft.fixValue().getEdits().toString().compareTo(other.draft.fixValue().getEdits().toString());
            return c;
        }
    }

    private List<Finding> toFindings(List<Draft> drafts, Policy policy) {
        List<Ordered> ordered = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) ordered.add(Ordered.of(draft));
        java.util.Collections.sort(ordered);
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (Ordered each : ordered) {
            Draft draft = each.draft();
            RuleInfo info = rules.info(draft.rule());
            if (info == null) continue;
            Location location = draft.location();
            Scope scope = info.scope();
            String key = info.id() + "|" + location.scopeKey(scope);
            unique.putIfAbsent(key, new Finding(info.id(), policy.severity(info.id()).orElse(info.severity()),
                    draft.message(), rules.citations(info), location, draft.fixValue()));
        }
        return new ArrayList<>(unique.values());
    }
}
