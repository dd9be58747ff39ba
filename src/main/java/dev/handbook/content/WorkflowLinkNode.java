package dev.handbook.content;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.model.Prose;

/**
 * A `[[workflow-id]]` or `[[workflow-id#section]]` link in Markdown; section is empty when absent.
 */
public final class WorkflowLinkNode extends Node implements DoNotDecorate {
  private final String target;
  private final String section;

  public WorkflowLinkNode(BasedSequence chars, String target, String section) {
    super(chars);
    this.target = target;
    this.section = section;
  }

  public String target() {
    return target;
  }

  public String section() {
    return section;
  }

  /** This link as a hole in prose rendered before the handbook's workflows are known. */
  public Prose.WorkflowHole hole() {
    return new Prose.WorkflowHole(target, section, getChars().toString());
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
