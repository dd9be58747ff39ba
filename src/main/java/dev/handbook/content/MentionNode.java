package dev.handbook.content;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An `@id` mention in Markdown: names a function, a team member or the role. */
public final class MentionNode extends Node implements DoNotDecorate {
  private final String id;

  public MentionNode(BasedSequence chars, String id) {
    super(chars);
    this.id = id;
  }

  public String id() {
    return id;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
