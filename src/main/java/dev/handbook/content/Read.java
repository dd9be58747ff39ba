package dev.handbook.content;

import dev.handbook.model.Prose;

/** A file's model value with the prose rendered from its body (null for the charter). */
record Read<T>(T value, Prose prose) {}
