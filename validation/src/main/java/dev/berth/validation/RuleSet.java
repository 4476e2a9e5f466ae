package dev.berth.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of rules with their severities and parameters: a value to pass around, change and compare.
 *
 * <pre>{@code
 * RuleSet mine = RuleSets.recommended()
 *         .without("backup-declared")
 *         .withSeverity("image-tag-pinned", Severity.HIGH)
 *         .withParameter("replicas-behind-service", "minReplicas", 3)
 *         .with(new TierLabelRequired());
 * }</pre>
 */
public final class RuleSet {

    private final String name;
    private final Map<String, Rule> rules;
    private final Map<String, Severity> severities;
    private final Map<String, Map<String, Object>> parameters;

    private RuleSet(String name, Map<String, Rule> rules, Map<String, Severity> severities,
            Map<String, Map<String, Object>> parameters) {
        this.name = name;
        this.rules = rules;
        this.severities = severities;
        this.parameters = parameters;
    }

    /**
     * @param name the set's name, for reports
     * @param rules the rules
     * @return the set, with every rule's default severity and parameters
     * @throws IllegalArgumentException when two rules share an id
     */
    public static RuleSet of(String name, Collection<? extends Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        rules.stream().sorted(Comparator.comparing(Rule::id)).forEach(rule -> {
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("two rules have the id " + rule.id());
            }
        });
        return new RuleSet(name, byId, Map.of(), Map.of());
    }

    /** @return the set's name */
    public String name() {
        return name;
    }

    /** @return the rules, sorted by id */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * @param id a rule id
     * @return the rule, when the set has it
     */
    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * @param id a rule id
     * @return true when the set has the rule
     */
    public boolean contains(String id) {
        return rules.containsKey(id);
    }

    /**
     * @param rule a rule of the set
     * @return the severity the set gives it
     */
    public Severity severityOf(Rule rule) {
        return severities.getOrDefault(rule.id(), rule.info().severity());
    }

    /**
     * @param rule a rule of the set
     * @return the parameter values the set gives it, by name; missing ones take their defaults
     */
    public Map<String, Object> parametersOf(Rule rule) {
        return parameters.getOrDefault(rule.id(), Map.of());
    }

    /**
     * @param more rules to add; a rule with an id already in the set replaces it
     * @return a new set
     */
    public RuleSet with(Rule... more) {
        Map<String, Rule> copy = new LinkedHashMap<>(rules);
        for (Rule rule : more) {
            copy.put(rule.id(), rule);
        }
        return new RuleSet(name, sorted(copy), severities, parameters);
    }

    /**
     * @param ids ids of rules to leave out
     * @return a new set
     * @throws IllegalArgumentException for an id the set does not have
     */
    public RuleSet without(String... ids) {
        Map<String, Rule> copy = new LinkedHashMap<>(rules);
        for (String id : ids) {
            require(id);
            copy.remove(id);
        }
        return new RuleSet(name, copy, severities, parameters);
    }

    /**
     * @param id a rule id
     * @param severity the severity to give it
     * @return a new set
     * @throws IllegalArgumentException for an id the set does not have
     */
    public RuleSet withSeverity(String id, Severity severity) {
        require(id);
        Map<String, Severity> copy = new HashMap<>(severities);
        copy.put(id, severity);
        return new RuleSet(name, rules, Map.copyOf(copy), parameters);
    }

    /**
     * @param id a rule id
     * @param parameter the parameter's name
     * @param value its value
     * @return a new set
     * @throws IllegalArgumentException for an unknown rule or parameter, or a value of the wrong type
     */
    public RuleSet withParameter(String id, String parameter, Object value) {
        Rule rule = require(id);
        Parameter<?> declared = rule.info().parameter(parameter);
        if (declared == null) {
            throw new IllegalArgumentException("rule " + id + " has no parameter " + parameter + "; it has "
                    + rule.info().parameters().stream().map(Parameter::name).toList());
        }
        declared.cast(value);
        Map<String, Map<String, Object>> copy = new HashMap<>(parameters);
        Map<String, Object> forRule = new HashMap<>(copy.getOrDefault(id, Map.of()));
        forRule.put(parameter, value);
        copy.put(id, Map.copyOf(forRule));
        return new RuleSet(name, rules, severities, Map.copyOf(copy));
    }

    /**
     * Sets one parameter on every rule of the set that declares it, as {@code berth lint --complete} and the Maven
     * plugin's {@code complete} do for the parameter {@code complete}; rules without it are left as they are.
     *
     * <pre>{@code
     * RuleSet whole = RuleSets.recommended().withParameterWhereDeclared("complete", Boolean.TRUE);
     * }</pre>
     *
     * @param parameter the parameter's name
     * @param value its value
     * @return a new set
     * @throws IllegalArgumentException for a value of the wrong type for a rule that declares the parameter
     */
    public RuleSet withParameterWhereDeclared(String parameter, Object value) {
        RuleSet set = this;
        for (Rule rule : rules.values()) {
            if (rule.info().parameter(parameter) != null) {
                set = set.withParameter(rule.id(), parameter, value);
            }
        }
        return set;
    }

    /**
     * @param newName a name for reports
     * @return a copy with that name
     */
    public RuleSet named(String newName) {
        return new RuleSet(newName, rules, severities, parameters);
    }

    private Rule require(String id) {
        Rule rule = rules.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("rule set " + name + " has no rule " + id);
        }
        return rule;
    }

    private static Map<String, Rule> sorted(Map<String, Rule> rules) {
        List<String> ids = new ArrayList<>(rules.keySet());
        ids.sort(null);
        Map<String, Rule> result = new LinkedHashMap<>();
        ids.forEach(id -> result.put(id, rules.get(id)));
        return result;
    }

    @Override
    public String toString() {
        return "RuleSet[" + name + ", " + rules.size() + " rules]";
    }
}
