package dev.handbook.findings;

import static dev.handbook.findings.Severity.ERROR;
import static dev.handbook.findings.Severity.INFO;
import static dev.handbook.findings.Severity.WARNING;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every rule id of the contract, with its default severity and the one-line summary of when it
 * fires.
 */
public enum Rule {
  YAML_SYNTAX(
      "yaml-syntax",
      ERROR,
      "front matter or charter is not valid YAML, or front matter is missing"),
  MISSING_FIELD("missing-field", ERROR, "a required field is absent"),
  UNKNOWN_FIELD("unknown-field", ERROR, "a field the format does not define"),
  INVALID_VALUE(
      "invalid-value",
      ERROR,
      "a value of the wrong type, enum or slug form, or an id that disagrees with its file"),
  DUPLICATE_ID("duplicate-id", ERROR, "two things share an id"),
  UNKNOWN_REFERENCE("unknown-reference", ERROR, "a reference to something that does not exist"),
  MISSING_SECTION("missing-section", ERROR, "one of the nine sections is absent"),
  SECTION_ORDER("section-order", ERROR, "a section comes before one that should precede it"),
  UNKNOWN_SECTION(
      "unknown-section",
      ERROR,
      "an H2 that is not one of the nine, or text before the first section"),
  DUPLICATE_SECTION("duplicate-section", ERROR, "a section appears twice"),
  EMPTY_SECTION("empty-section", ERROR, "a section has no content"),
  CRITERIA_MISSING("criteria-missing", ERROR, "one of the four criteria is empty"),
  NOT_CROSS_FUNCTIONAL(
      "not-cross-functional", WARNING, "fewer than two distinct parties take part"),
  PRIORITY_INCOMPLETE(
      "priority-incomplete", ERROR, "one of the five questions or decided-by is missing or empty"),
  IMPACT_FIRST(
      "impact-first", WARNING, "impact is written before the four questions that must come first"),
  PRIORITIZATION_OWNER(
      "prioritization-owner", ERROR, "decided-by is the role or a member of its team"),
  DECISION_OWNER(
      "decision-owner", ERROR, "a Decisions Informed item names no owner, or more than one"),
  ROLE_DECIDES(
      "role-decides",
      WARNING,
      "a decision is owned by the role or its team: accountability without authority"),
  NO_CONSUMER("no-consumer", ERROR, "Consumers names nobody but the workflow's own owner"),
  SCOPE_CREEP(
      "scope-creep", ERROR, "a role-owned workflow sits in an area the placement does not own"),
  UNASSIGNED_AREA(
      "unassigned-area",
      WARNING,
      "a role-owned workflow sits in an area the placement never mentions"),
  OWNS_AND_EXCLUDES(
      "owns-and-excludes", ERROR, "an area is in more than one of a placement's lists"),
  OWNS_WHAT("owns-what", ERROR, "a placement owns an area of kind `what`"),
  NO_OWNER("no-owner", ERROR, "an area has no owner in some placement"),
  SYSTEM_OF_RECORD(
      "system-of-record",
      ERROR,
      "a placement owns a system of record whose owner it does not report to"),
  SOR_PARTNER(
      "sor-partner", ERROR, "a workflow in a system-of-record area leaves out that area's owner"),
  NO_NON_SCOPE("no-non-scope", ERROR, "a placement's does-not-own is empty"),
  OVER_CAPACITY(
      "over-capacity", WARNING, "a team member owns more active workflows than the capacity limit"),
  OWNER_NOT_TEAM(
      "owner-not-team",
      WARNING,
      "an active workflow in an owned area is owned outside the role's team"),
  BROKEN_LINK("broken-link", ERROR, "a link or anchor leads nowhere"),
  EMPTY_CATEGORY("empty-category", INFO, "a category has no workflows yet"),
  BAD_SUPPRESSION("bad-suppression", WARNING, "a suppression has no reason, or silences nothing"),
  MARKDOWN_SYNTAX(
      "markdown-syntax",
      ERROR,
      "Markdown that cannot be read as written: a code fence never closed, or nesting or runs of"
          + " brackets past the limits"),
  NO_RATIONALE("no-rationale", WARNING, "a placement has no rationale"),
  AUTHORITY_GAP(
      "authority-gap",
      WARNING,
      "in a placement, the role owns an area whose work is done by others who take part in none of"
          + " its workflows: accountability without authority"),
  PRIVATE_LEAK(
      "private-leak",
      ERROR,
      "a term that must never be published appears in the shared handbook's output");

  private final String id;
  private final Severity severity;
  private final String summary;

  Rule(String id, Severity severity, String summary) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public String summary() {
    return summary;
  }

  /**
   * Whether a finding of this rule may be silenced. The format and structure rules may not: a
   * handbook with an unreadable field, a clashing id or a dangling reference cannot be rendered
   * correctly, whatever the reason given.
   */
  public boolean suppressible() {
    return switch (this) {
      case YAML_SYNTAX,
          MISSING_FIELD,
          UNKNOWN_FIELD,
          INVALID_VALUE,
          DUPLICATE_ID,
          UNKNOWN_REFERENCE,
          MISSING_SECTION,
          SECTION_ORDER,
          UNKNOWN_SECTION,
          DUPLICATE_SECTION,
          BROKEN_LINK,
          BAD_SUPPRESSION,
          MARKDOWN_SYNTAX,
          PRIVATE_LEAK ->
          false;
      default -> true;
    };
  }

  public static Optional<Rule> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
