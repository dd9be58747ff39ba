package dev.handbook.model;

/** A value read from content together with where it was written. */
public record Located<T>(T value, SourcePos pos) {}
