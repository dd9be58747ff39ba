package dev.handbook.model;

import java.util.List;

/**
 * Everything read from a content folder: the charter, the workflows in file order, and the free
 * pages.
 */
public record Handbook(Charter charter, List<Workflow> workflows, List<Page> pages) {
  public Handbook {
    workflows = List.copyOf(workflows);
    pages = List.copyOf(pages);
  }
}
