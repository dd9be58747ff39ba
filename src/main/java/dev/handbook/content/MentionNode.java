package dev.handbook.content;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.model.Prose;

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

  /** This mention as a hole in prose rendered before the handbook's parties are known. */
  public Prose.MentionHole hole() {
    return new Prose.MentionHole(id, getChars().toString());
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
