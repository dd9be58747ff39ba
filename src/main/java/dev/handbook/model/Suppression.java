package dev.handbook.model;

/** A finding silenced in the file it is about, with the reason a reader will see. */
public record Suppression(String rule, String reason, SourcePos pos) {}
