package dev.handbook.model;

/** A workflow category, in the charter's display order. */
public record Category(String id, String name, SourcePos pos) {}
