package dev.handbook.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The locked nine-point structure of a workflow, in order: each section's heading as written, its
 * anchor on the workflow's page, and the question it answers (the hint in findings and the text
 * `new workflow` scaffolds).
 */
public enum SectionName {
  OBJECTIVE("Objective", "objective", "what outcome does this workflow exist to produce?"),
  TRIGGER("Trigger", "trigger", "what starts it, and how often?"),
  INPUTS("Inputs", "inputs", "what data and documents go in, and from which systems?"),
  PROCESSING("Processing", "processing", "what happens, step by step, and where does AI help?"),
  OUTPUTS("Outputs", "outputs", "what does it produce, and where does it land?"),
  CONSUMERS("Consumers", "consumers", "who uses the outputs? name each with @id"),
  DECISIONS_INFORMED(
      "Decisions Informed",
      "decisions-informed",
      "which decisions does it inform, and who owns each one? one @owner per item"),
  QUALITY_CHECKS(
      "Quality Checks",
      "quality-checks",
      "how do you know the output is right before anyone acts on it?"),
  FAILURE_FEEDBACK_LOOP(
      "Failure & Feedback Loop",
      "failure-feedback-loop",
      "what happens when it fails, and how does the workflow learn?");

  private final String heading;
  private final String anchor;
  private final String question;

  SectionName(String heading, String anchor, String question) {
    this.heading = heading;
    this.anchor = anchor;
    this.question = question;
  }

  /** The heading as a workflow spells it, e.g. "Decisions Informed". */
  public String heading() {
    return heading;
  }

  /** The section's id on its workflow page, e.g. "decisions-informed". */
  public String anchor() {
    return anchor;
  }

  /** The question the section answers, in lower case, e.g. "what starts it, and how often?". */
  public String question() {
    return question;
  }

  /** The section a heading names (spelled exactly), if it is one of the nine. */
  public static Optional<SectionName> ofHeading(String heading) {
    return Arrays.stream(values()).filter(s -> s.heading.equals(heading)).findFirst();
  }

  /** The section an anchor names, if it is one of the nine. */
  public static Optional<SectionName> ofAnchor(String anchor) {
    return Arrays.stream(values()).filter(s -> s.anchor.equals(anchor)).findFirst();
  }

  /** The nine headings, in order. */
  public static List<String> headings() {
    return Arrays.stream(values()).map(SectionName::heading).toList();
  }

  /** The nine anchors, in order. */
  public static List<String> anchors() {
    return Arrays.stream(values()).map(SectionName::anchor).toList();
  }
}
