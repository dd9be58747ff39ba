package dev.handbook.model;

import java.util.List;

/**
 * Everything read from a content folder: the charter, the workflows in file order, the free pages,
 * and the author's private material.
 */
public record Handbook(
    Charter charter, List<Workflow> workflows, List<Page> pages, PrivateMaterial privateMaterial) {
  public Handbook {
    workflows = List.copyOf(workflows);
    pages = List.copyOf(pages);
  }

  public Handbook(Charter charter, List<Workflow> workflows, List<Page> pages) {
    this(charter, workflows, pages, PrivateMaterial.NONE);
  }

  /** The handbook the CEO and CMO read: nothing of the private material reaches it. */
  public Handbook shared() {
    return privateMaterial == PrivateMaterial.NONE
        ? this
        : new Handbook(charter, workflows, pages, PrivateMaterial.NONE);
  }
}
