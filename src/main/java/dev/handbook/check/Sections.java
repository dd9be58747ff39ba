package dev.handbook.check;

import java.util.List;
import java.util.Map;

/**
 * The locked nine-point structure: headings, their page anchors, and the question each one answers.
 */
public final class Sections {
  private Sections() {}

  public static final List<String> NINE =
      List.of(
          "Objective",
          "Trigger",
          "Inputs",
          "Processing",
          "Outputs",
          "Consumers",
          "Decisions Informed",
          "Quality Checks",
          "Failure & Feedback Loop");

  public static final List<String> ANCHORS =
      List.of(
          "objective",
          "trigger",
          "inputs",
          "processing",
          "outputs",
          "consumers",
          "decisions-informed",
          "quality-checks",
          "failure-feedback-loop");

  /**
   * The question each section answers: the hint in findings and the scaffold `new workflow` writes.
   */
  public static final Map<String, String> QUESTION =
      Map.of(
          "Objective", "what outcome does this workflow exist to produce?",
          "Trigger", "what starts it, and how often?",
          "Inputs", "what data and documents go in, and from which systems?",
          "Processing", "what happens, step by step, and where does AI help?",
          "Outputs", "what does it produce, and where does it land?",
          "Consumers", "who uses the outputs? name each with @id",
          "Decisions Informed",
              "which decisions does it inform, and who owns each one? one @owner per item",
          "Quality Checks", "how do you know the output is right before anyone acts on it?",
          "Failure & Feedback Loop",
              "what happens when it fails, and how does the workflow learn?");

  public static String anchor(String heading) {
    int i = NINE.indexOf(heading);
    return i < 0 ? null : ANCHORS.get(i);
  }
}
