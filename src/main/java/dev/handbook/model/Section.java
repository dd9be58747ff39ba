package dev.handbook.model;

import java.util.List;
import java.util.Optional;

/**
 * One H2 section of a body as written: its heading text (without a leading number), where it is,
 * whether it has any content, and its top-level list items.
 */
public record Section(String heading, SourcePos pos, boolean hasContent, List<ListEntry> items) {
  public Section {
    items = List.copyOf(items);
  }

  /** Which of the nine this section is, when its heading names one. */
  public Optional<SectionName> name() {
    return SectionName.ofHeading(heading);
  }

  /** True when this is the given one of the nine. */
  public boolean is(SectionName name) {
    return name.heading().equals(heading);
  }
}
