package dev.handbook.site;

import dev.handbook.findings.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What `serve` shows after a run of the pipeline: the last good site (every file by its path), this
 * run's findings, whether they stopped the site from being replaced, which files the run rendered,
 * and a number that grows with every run so browsers know to reload.
 */
public record Served(
    Map<String, byte[]> site,
    List<Finding> findings,
    boolean failed,
    Set<String> rendered,
    long version) {

  static final Served NOTHING = new Served(Map.of(), List.of(), true, Set.of(), 0);
}
