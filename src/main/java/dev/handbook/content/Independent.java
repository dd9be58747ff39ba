package dev.handbook.content;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/** A Flexmark extension part that depends on no other and affects only its own document. */
public interface Independent extends Dependent {
  @Override
  default Set<Class<?>> getAfterDependents() {
    return null;
  }

  @Override
  default Set<Class<?>> getBeforeDependents() {
    return null;
  }

  @Override
  default boolean affectsGlobalScope() {
    return false;
  }
}
