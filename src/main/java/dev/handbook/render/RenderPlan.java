package dev.handbook.render;

import java.util.Set;

/** What to render: every page, or only what an edit of some workflows' prose changed. */
public sealed interface RenderPlan {
  RenderPlan EVERYTHING = new Everything();

  static RenderPlan proseOf(Set<String> workflowIds) {
    return new ProseOf(Set.copyOf(workflowIds));
  }

  /** Every page of the site. */
  record Everything() implements RenderPlan {}

  /** The pages of the {@link ProsePageKind}s, for these workflows only. */
  record ProseOf(Set<String> workflowIds) implements RenderPlan {}
}
